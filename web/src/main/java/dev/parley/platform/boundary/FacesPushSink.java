package dev.parley.platform.boundary;

import dev.parley.platform.control.LiveAudience;
import dev.parley.platform.control.LiveEvent;
import dev.parley.platform.control.LiveHub;
import dev.parley.platform.control.LiveSink;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
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

    /** users with a live page open on this instance, and how many */
    private final Map<String, Integer> openPages = new ConcurrentHashMap<>();

    @Inject
    LiveHub hub;

    @Inject
    LiveAudience audience;

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
        Set<String> users = recipientsOf(event);
        if (!users.isEmpty()) {
            // asynchronous per session: a slow browser does not hold up the sender's request
            live.send(notice, users);
        }
    }

    /** Of the users with a page open here, those the event's audience allows. */
    private Set<String> recipientsOf(LiveEvent event) {
        Predicate<UUID> allowed = audience.of(event);
        return openPages.keySet().stream().filter(u -> allowed.test(UUID.fromString(u))).collect(Collectors.toSet());
    }

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent event) {
        if (CHANNEL.equals(event.getChannel()) && event.getUser() != null) {
            openPages.merge(event.getUser().toString(), 1, Integer::sum);
        }
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent event) {
        if (CHANNEL.equals(event.getChannel()) && event.getUser() != null) {
            openPages.computeIfPresent(event.getUser().toString(), (u, n) -> n > 1 ? n - 1 : null);
        }
    }
}
