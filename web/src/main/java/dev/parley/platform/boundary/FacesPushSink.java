package dev.parley.platform.boundary;

import dev.parley.platform.control.LiveEvent;
import dev.parley.platform.control.LiveHub;
import dev.parley.platform.control.LiveSink;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells the open Faces pages of an event's recipients that something happened, over the
 * {@code live} push channel. It sends only what happened and where (event, server, channel),
 * never the content: the page fetches what it shows through its backing bean, so everything a
 * user typed is rendered, escaped, by the same facelets as on a full page load.
 */
@ApplicationScoped
public class FacesPushSink implements LiveSink {

    /** The {@code f:websocket} channel of the chat page. */
    public static final String CHANNEL = "live";

    @Inject
    LiveHub hub;

    @Inject
    @Push(channel = CHANNEL)
    PushContext live;

    void init(@Observes @Initialized(ApplicationScoped.class) Object started) {
        hub.register(this);
    }

    @PreDestroy
    void stop() {
        hub.unregister(this);
    }

    @Override
    public void deliver(LiveEvent event) {
        Map<String, String> notice = new LinkedHashMap<>();
        notice.put("event", event.name());
        notice.put("serverId", event.serverId() == null ? null : event.serverId().toString());
        notice.put("channelId", event.channelId() == null ? null : event.channelId().toString());
        Set<String> users = event.recipients().stream().map(Object::toString).collect(Collectors.toSet());
        // asynchronous per session: a slow browser does not hold up the sender's request
        live.send(notice, users);
    }
}
