package dev.parley.platform.boundary;

import dev.parley.platform.control.LiveAudience;
import dev.parley.platform.control.LiveEvent;
import dev.parley.platform.control.LiveHub;
import dev.parley.platform.control.LiveSink;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Pushes live events to the chat pages open on this instance, over the {@code live} push channel.
 * A notice says what happened and where ({@code event}, {@code serverId}, {@code channelId}); for
 * events a {@link PushNoticeRenderer} knows (a new message) it also carries what the page shows,
 * rendered and escaped once per event, so a page appends it without asking the server.
 * <p>
 * Only users with a push connection open here are sent to: the connections are counted from
 * Faces' own open and close events. A page whose connection dropped is told when it is back
 * ({@code push:open}) and loads its messages once, since it may have missed some.
 */
@ApplicationScoped
public class FacesPushSink implements LiveSink {

    /** The {@code f:websocket} channel of the chat page. */
    public static final String CHANNEL = "live";
    /** Sent to a user's pages when one of their push connections opened. */
    static final String OPENED = "push:open";

    private static final Logger LOG = Logger.getLogger(FacesPushSink.class.getName());

    @Inject
    LiveHub hub;

    @Inject
    LiveAudience liveAudience;

    @Inject
    @Push(channel = CHANNEL)
    PushContext live;

    @Inject
    @Any
    Instance<PushNoticeRenderer> rendererBeans;

    private Map<String, PushNoticeRenderer> renderers = Map.of();

    /** Users with a push connection open on this instance, and how many. */
    private final Map<UUID, Integer> connected = new ConcurrentHashMap<>();

    void init(@Observes @Initialized(ApplicationScoped.class) Object started) {
        renderers = rendererBeans.stream().collect(Collectors.toUnmodifiableMap(PushNoticeRenderer::event,
                Function.identity()));
        hub.register(this);
    }

    @PreDestroy
    void stop() {
        hub.unregister(this);
    }

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent event) {
        UUID user = userOf(event);
        if (user != null) {
            connected.merge(user, 1, Integer::sum);
            live.send(Map.of("event", OPENED), user.toString());
        }
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent event) {
        UUID user = userOf(event);
        if (user != null) {
            connected.computeIfPresent(user, (id, count) -> count > 1 ? count - 1 : null);
        }
    }

    private static UUID userOf(WebsocketEvent event) {
        Object user = event.getUser();
        if (!CHANNEL.equals(event.getChannel()) || user == null) {
            return null;
        }
        try {
            return UUID.fromString(user.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void deliver(LiveEvent event) {
        Set<String> users = audience(event);
        if (users.isEmpty()) {
            return;
        }
        Map<String, String> notice = new LinkedHashMap<>();
        notice.put("event", event.name());
        notice.put("serverId", event.serverId() == null ? null : event.serverId().toString());
        notice.put("channelId", event.channelId() == null ? null : event.channelId().toString());
        PushNoticeRenderer renderer = renderers.get(event.name());
        if (renderer != null) {
            try {
                notice.putAll(renderer.render(event));
            } catch (RuntimeException e) {
                // the bare notice still tells the page to load what it shows
                LOG.log(Level.WARNING, "cannot render " + event.name() + " for the push channel", e);
            }
        }
        // the notice is encoded to JSON once, then sent asynchronously per connection
        live.send(notice, users);
    }

    /**
     * Who is to be pushed the event here: of the users with a push connection open on this
     * instance, those the event's audience (the cached permission facts) allows.
     */
    Set<String> audience(LiveEvent event) {
        Predicate<UUID> allowed = liveAudience.of(event);
        Set<String> users = new HashSet<>();
        for (UUID user : connected.keySet()) {
            if (allowed.test(user)) {
                users.add(user.toString());
            }
        }
        return users;
    }
}
