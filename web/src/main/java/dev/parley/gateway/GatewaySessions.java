package dev.parley.gateway;

import dev.parley.platform.control.ProblemType;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.LiveAudience;
import dev.parley.platform.control.LiveConnections;
import dev.parley.platform.control.LiveEvent;
import dev.parley.platform.control.LiveHub;
import dev.parley.platform.control.LiveSink;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import dev.parley.identity.control.RevokedSignIns;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway sessions of this instance, indexed by server, and the {@link LiveSink} that hands
 * live events to them. An event is rendered into a {@link FrameBody} once; then each session of
 * the event's server that {@link LiveAudience} allows gets it numbered and written — no query,
 * no JSON render and no container call per recipient, and nothing for members who are not
 * connected here. One sweep over the sessions replaces per-connection timers: it closes those that
 * did not authenticate in time, fell silent, outlived their token, or stayed detached past the
 * resume window. An ephemeral event ({@link LiveEvent#ephemeral()}: typing, presence) goes only
 * to attached sessions that are not behind, unnumbered and not kept ({@link GatewayConnection#offer}).
 * Sessions that gain or lose their socket are reported to {@link LiveConnections}.
 *
 * <p>The resume state is also kept in the data grid ({@link ResumeGrid}), so that another instance
 * (or this one, after its copy is gone) can resume a session: each event's body once, queued on
 * the fan-out path and written in batches every {@value #FLUSH_MILLIS} ms, and each session's
 * {@link ResumeRecord} when its socket drops, at shutdown, and once a second while it changes.
 * {@code docs/gateway.md} says what survives a crash.
 */
@ApplicationScoped
public class GatewaySessions implements LiveSink {

    /** Closes a connection that did not authenticate in time. */
    static final int AUTH_TIMEOUT = 4000;
    /** Closes a connection whose {@code authenticate} carried no valid token. */
    static final int AUTH_FAILED = 4001;
    /** Closes a connection whose access token expired without a fresh {@code authenticate}. */
    static final int TOKEN_EXPIRED = 4004;
    /** Closes the connections of a sign-in that ended (signed out elsewhere, account disabled); not resumable. */
    static final int SIGNED_OUT = 4005;
    /** Closes a connection that fell too far behind; its session can be resumed. */
    static final int TOO_SLOW = 4009;
    /** Closes a connection that sent nothing (no heartbeat) for the idle timeout; resumable. */
    static final int IDLE = 4010;
    static final long FLUSH_MILLIS = 100;
    private static final Logger LOG = Logger.getLogger(GatewaySessions.class.getName());
    /** how far apart two instances' clocks may be when one resumes the other's session */
    static final long CLOCK_MARGIN_MILLIS = 2000;

    /** The last event this instance delivered for a server: its stream position and when. */
    private record LastEvent(long pos, long at) {
    }

    private final Map<UUID, Set<GatewayConnection>> byServer = new ConcurrentHashMap<>();
    private final Map<UUID, Set<GatewayConnection>> byUser = new ConcurrentHashMap<>();
    private final Set<GatewayConnection> authenticating = ConcurrentHashMap.newKeySet();
    private final Map<String, GatewayConnection> bySessionId = new ConcurrentHashMap<>();
    private final Set<GatewayConnection> all = ConcurrentHashMap.newKeySet();
    /** delivery takes the read lock; moving a session into the server index takes the write lock */
    private final ReadWriteLock index = new ReentrantReadWriteLock();
    private final Map<UUID, LastEvent> lastByServer = new ConcurrentHashMap<>();
    private static final GatewayConnection[] NO_CONNECTIONS = new GatewayConnection[0];
    private ResumeStream stream;
    private long startedAt;

    @Inject
    LiveHub hub;

    @Inject
    ResumeGrid grid;

    @Inject
    LiveAudience audience;

    @Inject
    Clock clock;

    @Inject
    LiveConnections liveConnections;

    private final ConnectionWatch watch = new ConnectionWatch() {
        @Override
        public void opened(UUID user) {
            if (liveConnections != null) {
                liveConnections.opened(user);
            }
        }

        @Override
        public void closed(UUID user) {
            if (liveConnections != null) {
                liveConnections.closed(user);
            }
        }
    };

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

    /** a failover drill: every resume drops this instance's copy and rebuilds the session from the grid */
    @Inject
    @ConfigProperty(name = "parley.gateway.resume-from-grid")
    boolean resumeFromGrid;

    /** whether the resume state is also written to the data grid (for a cluster; it costs CPU on every instance) */
    @Inject
    @ConfigProperty(name = "parley.gateway.resume-grid")
    boolean resumeGrid;

    /** threads per event for a big audience; 0 = one per core, at most {@value #MAX_LANES} */
    @Inject
    @ConfigProperty(name = "parley.gateway.fanout-lanes")
    int fanoutLanes;

    @Resource
    ManagedThreadFactory threads;

    static final int MAX_LANES = 4;
    static final int MIN_PER_LANE = 256;
    private DeliveryLanes lanes;

    private ScheduledFuture<?> sweeper;
    private ScheduledFuture<?> flusher;

    void init(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        start();
        hub.register(this);
        sweeper = scheduler.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
        if (usesGrid()) {
            flusher = scheduler.scheduleWithFixedDelay(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** The drill needs the grid, so it turns it on. */
    private boolean usesGrid() {
        return resumeGrid || resumeFromGrid;
    }

    /** Starts this instance's stream; called once before anything is delivered. */
    void start() {
        stream = new ResumeStream(grid);
        startedAt = clock.millis();
        int k = fanoutLanes > 0 ? fanoutLanes : Math.min(MAX_LANES, Runtime.getRuntime().availableProcessors());
        lanes = new DeliveryLanes(k, MIN_PER_LANE, threads != null ? threads : Executors.defaultThreadFactory());
    }

    @PreDestroy
    void stop() {
        hub.unregister(this);
        if (lanes != null) {
            lanes.close();
        }
        if (sweeper != null) {
            sweeper.cancel(false);
        }
        if (flusher != null) {
            flusher.cancel(false);
        }
        try {
            checkpoint(all, true); // graceful shutdown: every session can be resumed elsewhere
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING,
                    "could not write the gateway sessions to the data grid at shutdown", e);
        }
    }

    private GatewayConnection.Limits limits() {
        return new GatewayConnection.Limits(maxQueuedFrames, resumeMaxEvents, TimeUnit.SECONDS.toMillis(resumeSeconds),
                ratePerSecond, rateBurst, 256, rawFrames);
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
        GatewayConnection connection = new GatewayConnection(session, limits(), scheduler, clock::millis);
        connection.watch(watch);
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

    /**
     * The session of that id, if it is the user's and can be resumed from {@code lastSeq} on this
     * socket: from this instance's memory when it holds the session, else from the data grid.
     */
    Optional<GatewayConnection> resume(String sessionId, UUID userId, Session socket, long lastSeq, FrameBody resumed) {
        if (sessionId == null) {
            return Optional.empty();
        }
        GatewayConnection session = bySessionId.get(sessionId);
        if (session != null && !session.user().map(userId::equals).orElse(false)) {
            return Optional.empty();
        }
        if (session != null && resumeFromGrid) {
            dropLocalCopy(session);
            session = null;
        }
        if (session == null) {
            return usesGrid() ? takeOver(sessionId, userId, socket, lastSeq, resumed) : Optional.empty();
        }
        return session.resume(socket, lastSeq, resumed, clock.millis()) ? Optional.of(session) : Optional.empty();
    }

    /** The drill: the session goes to the grid and is forgotten here, as if this instance had gone. */
    private void dropLocalCopy(GatewayConnection session) {
        index.writeLock().lock();
        try {
            checkpoint(Set.of(session), true);
            session.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "resumed elsewhere"));
            forgetHere(session);
        } finally {
            index.writeLock().unlock();
        }
    }

    /**
     * Rebuilds a session from its record and event bodies in the grid and resumes it on this
     * socket. Refused when the record is not the user's, too old, does not reach back to
     * {@code lastSeq}, a body has expired, or an event for one of its servers may have been
     * published after the record was written (it would be missed: nobody collected it).
     */
    private Optional<GatewayConnection> takeOver(String sessionId, UUID userId, Session socket, long lastSeq,
            FrameBody resumed) {
        Optional<ResumeRecord> found = grid.session(sessionId).flatMap(ResumeRecord::decode);
        long now = clock.millis();
        if (found.isEmpty() || !found.get().userId().equals(userId)) {
            return Optional.empty();
        }
        ResumeRecord record = found.get();
        long since = record.detachedAt() >= 0 ? record.detachedAt() : record.writtenAt();
        if (now - since > TimeUnit.SECONDS.toMillis(resumeSeconds) || !record.canResumeAfter(lastSeq)) {
            return Optional.empty();
        }
        List<ResumeRecord.Kept> wanted = record.after(lastSeq);
        Set<String> keys = new HashSet<>();
        for (ResumeRecord.Kept k : wanted) {
            keys.add(k.key().grid());
        }
        Map<String, byte[]> stored = keys.isEmpty() ? Map.of() : grid.events(keys);
        Map<ResumeRecord.EventKey, FrameBody> bodies = new HashMap<>();
        for (ResumeRecord.Kept k : wanted) {
            byte[] bytes = stored.get(k.key().grid());
            if (bytes == null) {
                return Optional.empty(); // expired, or lost with an instance before it was written
            }
            ResumeStream.decode(bytes).ifPresent(b -> bodies.put(k.key(), b));
        }
        GatewayConnection session = GatewayConnection.restore(sessionId, record, bodies, limits(), scheduler,
                clock::millis);
        session.watch(watch);
        index.writeLock().lock();
        try {
            if (mayHaveMissed(record) || bySessionId.containsKey(sessionId)) {
                return Optional.empty();
            }
            // from here on it collects what is delivered, so nothing falls between record and replay
            all.add(session);
            bySessionId.put(sessionId, session);
            for (UUID s : record.servers()) {
                byServer.computeIfAbsent(s, k -> ConcurrentHashMap.newKeySet()).add(session);
            }
            byUser.computeIfAbsent(userId, k -> ConcurrentHashMap.newKeySet()).add(session);
        } finally {
            index.writeLock().unlock();
        }
        if (!session.resume(socket, lastSeq, resumed, clock.millis())) {
            end(session, null);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /** Called under the index's write lock: could an event for the record's servers have been delivered that it lacks? */
    private boolean mayHaveMissed(ResumeRecord record) {
        boolean mine = record.coveredStream().equals(stream.id());
        if (!mine && startedAt > record.writtenAt() - CLOCK_MARGIN_MILLIS) {
            return true; // this instance did not see what happened before it started
        }
        for (UUID s : record.servers()) {
            LastEvent last = lastByServer.get(s);
            if (last != null && (mine ? last.pos() > record.coveredPos()
                    : last.at() > record.writtenAt() - CLOCK_MARGIN_MILLIS)) {
                return true;
            }
        }
        return false;
    }

    /** The socket of a connection closed: an authenticated session waits for a resume, anything else is forgotten. */
    void socketClosed(GatewayConnection connection, Session socket) {
        if (!connection.isAttached(socket)) {
            return; // an old socket of a session that was resumed elsewhere
        }
        if (connection.user().isPresent() && !authenticating.contains(connection)) {
            connection.detach(null);
            if (usesGrid()) {
                scheduler.execute(() -> checkpoint(Set.of(connection), false));
            }
        } else {
            connection.close(null);
            forget(connection);
        }
    }

    /** A sign-in ended (here or on another instance): its connections on this instance close now. */
    void onSignInsEnded(@Observes RevokedSignIns.Applied applied) {
        Set<GatewayConnection> mine = byUser.get(applied.ended().userId());
        if (mine == null) {
            return;
        }
        for (GatewayConnection c : List.copyOf(mine)) {
            if (c.endedBy(applied.ended())) {
                c.reply(GatewayErrors.body(ProblemType.NOT_AUTHENTICATED,
                        "This sign-in has ended (signed out, or the account was disabled); sign in again.", null, null,
                        c.language()));
                end(c, new CloseReason(CloseReason.CloseCodes.getCloseCode(SIGNED_OUT), "signed out"));
            }
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
        forgetHere(connection);
        if (usesGrid() && connection.user().isPresent()) {
            grid.removeSession(connection.sessionId());
        }
    }

    private void forgetHere(GatewayConnection connection) {
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
        if (event.ephemeral()) {
            offer(event);
            return;
        }
        for (UUID joiner : event.joiners()) {
            join(joiner, event.serverId());
        }
        Predicate<UUID> allowed = audience.of(event);
        FrameBody body = FrameBody.of(event.name(), event.dataJson());
        boolean numbered = false;
        ResumeRecord.EventKey key;
        index.readLock().lock();
        try {
            // numbered under the read lock, so a checkpoint (write lock) sees only fully delivered positions
            key = stream.next();
            long now = clock.millis();
            lastByServer.put(event.serverId(), new LastEvent(key.pos(), now));
            LiveFrame frame = new LiveFrame(body, now, key); // one for every recipient to keep
            Set<GatewayConnection> connections = byServer.get(event.serverId());
            if (connections != null) {
                GatewayConnection[] recipients = connections.toArray(NO_CONNECTIONS);
                numbered = lanes.each(recipients, recipients.length, c -> {
                    UUID user = c.userId();
                    return user != null && allowed.test(user) && c.dispatch(frame);
                });
            }
            for (GatewayConnection c : authenticating) {
                UUID user = c.userId();
                if (user != null && allowed.test(user)) {
                    numbered |= c.dispatch(frame);
                }
            }
        } finally {
            index.readLock().unlock();
        }
        if (numbered && usesGrid()) {
            stream.written(key, body); // one body per event for the grid, written by the next flush
        }
    }

    /**
     * An ephemeral event to the attached sessions of its server that its audience allows and that
     * are not behind: no number, nothing kept, nothing for the grid, nothing for one still
     * authenticating (it is owed nothing that passes).
     */
    private void offer(LiveEvent event) {
        Set<GatewayConnection> connections = byServer.get(event.serverId());
        if (connections == null) {
            return;
        }
        Predicate<UUID> allowed = audience.of(event);
        FrameBody body = FrameBody.of(event.name(), event.dataJson());
        index.readLock().lock();
        try {
            GatewayConnection[] recipients = connections.toArray(NO_CONNECTIONS);
            lanes.each(recipients, recipients.length, c -> {
                UUID user = c.userId();
                return user != null && allowed.test(user) && c.offer(body);
            });
        } finally {
            index.readLock().unlock();
        }
    }

    /** Writes the queued event bodies to the grid. */
    void flush() {
        try {
            stream.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING,
                    "could not write gateway events to the data grid", e);
        }
    }

    /**
     * Writes the records of those sessions that changed (or all, when {@code force}) to the grid,
     * after the event bodies they refer to, as one batch.
     */
    void checkpoint(Iterable<GatewayConnection> sessions, boolean force) {
        if (!usesGrid()) {
            return;
        }
        long covered;
        index.writeLock().lock();
        try {
            covered = stream.position(); // no delivery is under way: every event up to here was offered
        } finally {
            index.writeLock().unlock();
        }
        long now = clock.millis();
        Map<String, byte[]> records = new HashMap<>();
        for (GatewayConnection c : sessions) {
            c.snapshot(stream.id(), covered, now, force).ifPresent(r -> records.put(c.sessionId(), r.encode()));
        }
        stream.checkpoint(records);
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
                            + authTimeoutSeconds + " s of connecting.", null, null, c.language()));
                    end(c, new CloseReason(CloseReason.CloseCodes.getCloseCode(AUTH_TIMEOUT),
                            "not authenticated in time"));
                }
            } else if (now >= c.tokenExpiresAt()) {
                c.reply(GatewayErrors.body(ProblemType.NOT_AUTHENTICATED,
                        "Your access token expired; connect again with a fresh one.", null, null, c.language()));
                end(c, new CloseReason(CloseReason.CloseCodes.getCloseCode(TOKEN_EXPIRED), "token expired"));
            } else if (now - c.lastSeen() > idle) {
                c.detach(new CloseReason(CloseReason.CloseCodes.getCloseCode(IDLE), "no heartbeat: resume"));
            } else if (c.tokenExpiresAt() - now <= TimeUnit.SECONDS.toMillis(60) && c.shouldWarnExpiry()) {
                c.reply(FrameBody.of(GatewayProtocol.TOKEN_EXPIRING,
                        "{\"expiresAt\":" + c.tokenExpiresAt() + "}"));
            }
        }
        try {
            checkpoint(all, false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING,
                    "could not checkpoint gateway sessions to the data grid", e);
        }
    }
}
