package dev.parley.gateway;

import dev.parley.platform.control.ProblemType;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.LiveAudience;
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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway sessions of this instance, indexed by server, and the {@link LiveSink} that hands
 * live events to them. An event is rendered into a {@link FrameBody} once; then each session of
 * the event's server that {@link LiveAudience} allows gets it numbered and written — no query,
 * no JSON render and no container call per recipient, and nothing for members who are not
 * connected here. One sweep over the sessions replaces per-connection timers: it closes those that
 * did not authenticate in time, fell silent, outlived their token, or stayed detached past the
 * resume window.
 */
@ApplicationScoped
public class GatewaySessions implements LiveSink {

    /** Closes a connection that did not authenticate in time. */
    static final int AUTH_TIMEOUT = 4000;
    /** Closes a connection whose {@code authenticate} carried no valid token. */
    static final int AUTH_FAILED = 4001;
    /** Closes a connection whose access token expired without a fresh {@code authenticate}. */
    static final int TOKEN_EXPIRED = 4004;
    /** Closes a connection that fell too far behind; its session can be resumed. */
    static final int TOO_SLOW = 4009;
    /** Closes a connection that sent nothing (no heartbeat) for the idle timeout; resumable. */
    static final int IDLE = 4010;

    private final Map<UUID, Set<GatewayConnection>> byServer = new ConcurrentHashMap<>();
    private final Map<UUID, Set<GatewayConnection>> byUser = new ConcurrentHashMap<>();
    private final Set<GatewayConnection> authenticating = ConcurrentHashMap.newKeySet();
    private final Map<String, GatewayConnection> bySessionId = new ConcurrentHashMap<>();
    private final Set<GatewayConnection> all = ConcurrentHashMap.newKeySet();
    /** delivery takes the read lock; moving a session into the server index takes the write lock */
    private final ReadWriteLock index = new ReentrantReadWriteLock();

    @Inject
    LiveHub hub;

    @Inject
    LiveAudience audience;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "parley.gateway.max-frame-bytes")
    int maxFrameBytes;

    @Inject
    @ConfigProperty(name = "parley.gateway.max-queued-frames")
    int maxQueuedFrames;

    @Inject
    @ConfigProperty(name = "parley.gateway.auth-timeout-seconds")
    int authTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "parley.gateway.idle-timeout-seconds")
    int idleTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "parley.gateway.resume-max-events")
    int resumeMaxEvents;

    @Inject
    @ConfigProperty(name = "parley.gateway.resume-seconds")
    int resumeSeconds;

    @Inject
    @ConfigProperty(name = "parley.gateway.rate-per-second")
    double ratePerSecond;

    @Inject
    @ConfigProperty(name = "parley.gateway.rate-burst")
    int rateBurst;

    @Inject
    @ConfigProperty(name = "parley.gateway.raw-frames")
    boolean rawFrames;

    private ScheduledFuture<?> sweeper;

    void init(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        hub.register(this);
        sweeper = scheduler.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        hub.unregister(this);
        if (sweeper != null) {
            sweeper.cancel(false);
        }
    }

    /** A new, not yet authenticated connection. */
    GatewayConnection open(Session session) {
        session.setMaxTextMessageBufferSize(maxFrameBytes);
        session.setMaxBinaryMessageBufferSize(maxFrameBytes);
        // the sweep watches silence; the container's own timer would be restarted on every frame
        if (rawFrames) {
            TyrusIdleTimer.disable(session);
        }
        session.setMaxIdleTimeout(0);
        GatewayConnection connection = new GatewayConnection(session, new GatewayConnection.Limits(maxQueuedFrames,
                resumeMaxEvents, TimeUnit.SECONDS.toMillis(resumeSeconds), ratePerSecond, rateBurst, 256, rawFrames),
                scheduler, clock::millis);
        all.add(connection);
        return connection;
    }

    /**
     * Sends {@code authenticated} and from then on delivers the user's events. While the servers
     * are read the connection already receives (and holds) the user's events, so none committed
     * after the read is missed and none is delivered twice.
     */
    void authenticate(GatewayConnection connection, UUID userId, java.util.function.Supplier<Set<UUID>> servers,
            java.util.function.Function<String, FrameBody> authenticated) {
        connection.authenticating(userId);
        authenticating.add(connection);
        Set<UUID> serverIds = servers.get();
        index.writeLock().lock();
        try {
            for (UUID s : serverIds) {
                byServer.computeIfAbsent(s, k -> ConcurrentHashMap.newKeySet()).add(connection);
            }
            byUser.computeIfAbsent(userId, k -> ConcurrentHashMap.newKeySet()).add(connection);
            authenticating.remove(connection);
            bySessionId.put(connection.sessionId(), connection);
            connection.authenticated(userId, serverIds, authenticated.apply(connection.sessionId()));
        } finally {
            index.writeLock().unlock();
        }
        if (connection.isClosing()) {
            forget(connection);
        }
    }

    /** The session of that id, if it is the user's and can be resumed from {@code lastSeq} on this socket. */
    Optional<GatewayConnection> resume(String sessionId, UUID userId, Session socket, long lastSeq, FrameBody resumed) {
        GatewayConnection session = sessionId == null ? null : bySessionId.get(sessionId);
        if (session == null || !session.user().map(userId::equals).orElse(false)) {
            return Optional.empty();
        }
        return session.resume(socket, lastSeq, resumed, clock.millis()) ? Optional.of(session) : Optional.empty();
    }

    /** The socket of a connection closed: an authenticated session waits for a resume, anything else is forgotten. */
    void socketClosed(GatewayConnection connection, Session socket) {
        if (!connection.isAttached(socket)) {
            return; // an old socket of a session that was resumed elsewhere
        }
        if (connection.user().isPresent() && !authenticating.contains(connection)) {
            connection.detach(null);
        } else {
            connection.close(null);
            forget(connection);
        }
    }

    /** Ends a session for good. */
    void end(GatewayConnection connection, CloseReason reason) {
        connection.close(reason);
        forget(connection);
    }

    /** Drops a connection opened for a socket whose client resumed another session on it. */
    void discard(GatewayConnection fresh) {
        all.remove(fresh);
    }

    private void forget(GatewayConnection connection) {
        all.remove(connection);
        authenticating.remove(connection);
        bySessionId.remove(connection.sessionId(), connection);
        index.writeLock().lock();
        try {
            for (UUID s : connection.servers()) {
                removeFrom(byServer, s, connection);
            }
            connection.user().ifPresent(u -> removeFrom(byUser, u, connection));
        } finally {
            index.writeLock().unlock();
        }
    }

    private static void removeFrom(Map<UUID, Set<GatewayConnection>> map, UUID key, GatewayConnection c) {
        map.computeIfPresent(key, (k, set) -> {
            set.remove(c);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public void deliver(LiveEvent event) {
        if (event.serverId() == null) {
            return;
        }
        if (event.joiner() != null) {
            join(event.joiner(), event.serverId());
        }
        Predicate<UUID> allowed = audience.of(event);
        FrameBody body = FrameBody.of(event.name(), event.dataJson());
        index.readLock().lock();
        try {
            Set<GatewayConnection> connections = byServer.get(event.serverId());
            if (connections != null) {
                for (GatewayConnection c : connections) {
                    UUID user = c.userId();
                    if (user != null && allowed.test(user)) {
                        c.dispatch(body);
                    }
                }
            }
            for (GatewayConnection c : authenticating) {
                UUID user = c.userId();
                if (user != null && allowed.test(user)) {
                    c.dispatch(body);
                }
            }
        } finally {
            index.readLock().unlock();
        }
    }

    private void join(UUID userId, UUID serverId) {
        Set<GatewayConnection> mine = byUser.get(userId);
        if (mine == null) {
            return;
        }
        index.writeLock().lock();
        try {
            for (GatewayConnection c : mine) {
                c.joined(serverId);
                byServer.computeIfAbsent(serverId, k -> ConcurrentHashMap.newKeySet()).add(c);
            }
        } finally {
            index.writeLock().unlock();
        }
    }

    /** Number of sessions held here, attached or waiting for a resume. */
    int size() {
        return all.size();
    }

    void sweep() {
        long now = clock.millis();
        long authDeadline = TimeUnit.SECONDS.toMillis(authTimeoutSeconds);
        long idle = TimeUnit.SECONDS.toMillis(idleTimeoutSeconds);
        long resumeWindow = TimeUnit.SECONDS.toMillis(resumeSeconds);
        for (GatewayConnection c : all) {
            long detachedAt = c.detachedAt();
            if (c.isClosing()) {
                forget(c);
            } else if (detachedAt >= 0) {
                if (now - detachedAt > resumeWindow) {
                    end(c, null);
                }
            } else if (c.user().isEmpty()) {
                if (now - c.openedAt() > authDeadline) {
                    c.reply(GatewayErrors.body(ProblemType.NOT_AUTHENTICATED, "Authenticate within "
                            + authTimeoutSeconds + " s of connecting.", null, null));
                    end(c, new CloseReason(CloseReason.CloseCodes.getCloseCode(AUTH_TIMEOUT),
                            "not authenticated in time"));
                }
            } else if (now >= c.tokenExpiresAt()) {
                c.reply(GatewayErrors.body(ProblemType.NOT_AUTHENTICATED,
                        "Your access token expired; connect again with a fresh one.", null, null));
                end(c, new CloseReason(CloseReason.CloseCodes.getCloseCode(TOKEN_EXPIRED), "token expired"));
            } else if (now - c.lastSeen() > idle) {
                c.detach(new CloseReason(CloseReason.CloseCodes.getCloseCode(IDLE), "no heartbeat: resume"));
            } else if (c.tokenExpiresAt() - now <= TimeUnit.SECONDS.toMillis(60) && c.shouldWarnExpiry()) {
                c.reply(FrameBody.of(GatewayProtocol.TOKEN_EXPIRING,
                        "{\"expiresAt\":" + c.tokenExpiresAt() + "}"));
            }
        }
    }
}
