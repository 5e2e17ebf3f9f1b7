package dev.parley.gateway;

import dev.parley.platform.control.LiveEvent;
import dev.parley.platform.control.LiveHub;
import dev.parley.platform.control.LiveSink;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway connections of this instance, by user, and the {@link LiveSink} that hands live
 * events to them. Delivery only queues a numbered frame on each connection of a recipient;
 * it never waits for a client (see {@link GatewayConnection}).
 */
@ApplicationScoped
public class GatewaySessions implements LiveSink {

    /** Closes a connection that did not authenticate in time. */
    static final int AUTH_TIMEOUT = 4000;
    /** Closes a connection whose {@code authenticate} carried no valid token. */
    static final int AUTH_FAILED = 4001;

    private final Map<UUID, Set<GatewayConnection>> byUser = new ConcurrentHashMap<>();

    @Inject
    LiveHub hub;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "parley.gateway.max-frame-bytes", defaultValue = "65536")
    int maxFrameBytes;

    @Inject
    @ConfigProperty(name = "parley.gateway.max-queued-frames", defaultValue = "1000")
    int maxQueuedFrames;

    @Inject
    @ConfigProperty(name = "parley.gateway.auth-timeout-seconds", defaultValue = "30")
    int authTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "parley.gateway.idle-timeout-seconds", defaultValue = "60")
    int idleTimeoutSeconds;

    void init(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        hub.register(this);
    }

    @PreDestroy
    void stop() {
        hub.unregister(this);
    }

    /** A new, not yet authenticated connection, closed if it does not authenticate in time. */
    GatewayConnection open(Session session) {
        session.setMaxTextMessageBufferSize(maxFrameBytes);
        session.setMaxBinaryMessageBufferSize(maxFrameBytes);
        session.setMaxIdleTimeout(TimeUnit.SECONDS.toMillis(idleTimeoutSeconds));
        GatewayConnection connection = new GatewayConnection(session, maxQueuedFrames, scheduler);
        connection.authDeadline(scheduler.schedule(() -> connection.close(
                new CloseReason(CloseReason.CloseCodes.getCloseCode(AUTH_TIMEOUT), "not authenticated in time"), true),
                authTimeoutSeconds, TimeUnit.SECONDS));
        return connection;
    }

    /**
     * Sends {@code authenticated} and from then on delivers the user's events to the connection.
     * Both happen under the connection's lock, so no event can overtake {@code authenticated}
     * and none committed after it is missed.
     */
    void authenticated(GatewayConnection connection, UUID userId, String authenticatedData) {
        connection.authenticated(userId, GatewayProtocol.AUTHENTICATED, authenticatedData,
                () -> byUser.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(connection));
        if (connection.isClosing()) {
            closed(connection); // closed while authenticating: don't keep it
        }
    }

    void closed(GatewayConnection connection) {
        connection.closed();
        connection.user().ifPresent(user -> byUser.computeIfPresent(user, (id, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        }));
    }

    @Override
    public void deliver(LiveEvent event) {
        Set<UUID> recipients = event.recipients();
        if (recipients.size() <= byUser.size()) {
            for (UUID user : recipients) {
                deliver(byUser.get(user), event);
            }
        } else {
            byUser.forEach((user, connections) -> {
                if (recipients.contains(user)) {
                    deliver(connections, event);
                }
            });
        }
    }

    private static void deliver(Set<GatewayConnection> connections, LiveEvent event) {
        if (connections != null) {
            for (GatewayConnection connection : connections) {
                connection.send(event.name(), event.dataJson());
            }
        }
    }
}
