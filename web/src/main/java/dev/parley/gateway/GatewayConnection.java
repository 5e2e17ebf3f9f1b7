package dev.parley.gateway;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import dev.parley.identity.control.SignInsEnded;
import dev.parley.identity.control.TokenService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One gateway session: who it is, its sequence of live events, what it keeps for a resume, and
 * the one way anything is written to its socket. It outlives its WebSocket: when the socket drops
 * the session is detached, keeps collecting (bounded) what it is owed, and a {@code resume} on a
 * new socket attaches it again and replays from the client's last {@code seq}.
 *
 * <p>Live events are numbered here, under this object's lock, so {@code seq} on the wire is the
 * order of writing, exactly once each. Replies to the client's own requests carry no {@code seq}.
 * A client whose socket falls too far behind is detached (close 4009) and may resume. Ephemeral
 * events (typing, presence) carry no {@code seq} either and are not kept: they are written only
 * while fewer than {@link Limits#ephemeralBacklog()} frames wait, and dropped otherwise, so a slow
 * client loses them first and its numbering has no gap.
 */
final class GatewayConnection {

    private static final Logger LOG = Logger.getLogger(GatewayConnection.class.getName());
    /** The socket's user property holding the {@link Locale} of its handshake. */
    static final String LANGUAGE = "parley.language";

    private final String sessionId;
    private final Limits limits;
    private final Executor closer;
    private final LongSupplier clock;
    private final long openedAt;

    private Session socket;
    /** the language of the socket's handshake, for the words of error events */
    private volatile Locale language;
    private FrameSender sender;
    private volatile UUID userId;
    private Set<UUID> servers = Set.of();
    private long seq;
    /** the live events sent, kept for a resume (shared frames, seqs counted from the first) */
    private final SentRing sent = new SentRing();
    /** live events that arrived while authenticating, sent right after {@code authenticated} */
    private List<LiveFrame> early = new ArrayList<>();
    /** changed since the data grid last got its {@link ResumeRecord} */
    private boolean dirty;
    private boolean closing;
    private long detachedAt = -1;
    private volatile long lastSeen;
    private volatile long tokenExpiresAt = Long.MAX_VALUE;
    private volatile UUID signIn;
    private volatile Instant issuedAt;
    private boolean expiryWarned;
    /** an authenticated socket is attached, and {@link #watch} was told so */
    private boolean live;
    private ConnectionWatch watch = ConnectionWatch.NONE;

    // rate limit: a token bucket over client events
    private double tokens;
    private long refilledAt;

    // the client's events, run one at a time on the worker pool; two slots, not seventeen: an idle
    // session holds it empty for hours (docs/perf/realtime.md c.)
    private final ArrayDeque<Runnable> inbox = new ArrayDeque<>(1);
    private boolean working;

    /** What a connection needs to know of the configuration. */
    record Limits(int maxBacklog, int resumeMaxEvents, long resumeMillis, double ratePerSecond, int rateBurst,
            int maxInbox, boolean rawFrames) {

        /** Frames waiting beyond which ephemeral events are dropped: a quarter of {@link #maxBacklog}. */
        int ephemeralBacklog() {
            return Math.max(1, maxBacklog / 4);
        }
    }

    /** @param clock the time in milliseconds (the one clock, so tests can move it) */
    GatewayConnection(Session socket, Limits limits, Executor closer, LongSupplier clock) {
        this(UUID.randomUUID().toString(), socket, limits, closer, clock);
    }

    private GatewayConnection(String sessionId, Session socket, Limits limits, Executor closer, LongSupplier clock) {
        long now = clock.getAsLong();
        this.sessionId = sessionId;
        this.socket = socket;
        this.limits = limits;
        this.closer = closer;
        this.clock = clock;
        this.openedAt = now;
        this.lastSeen = now;
        this.tokens = limits.rateBurst();
        this.refilledAt = now;
        this.sender = socket == null ? null : FrameSenders.forSession(socket, limits.rawFrames());
        this.language = languageOf(socket);
    }

    /**
     * The language error events are written in: the one the current socket's handshake asked for in
     * {@code Accept-Language} among English and Russian ({@link GatewayRegistration}), else English.
     */
    Locale language() {
        return language;
    }

    static Locale languageOf(Session socket) {
        try {
            Object language = socket == null ? null : socket.getUserProperties().get(LANGUAGE);
            return language instanceof Locale l ? l : Locale.ENGLISH;
        } catch (RuntimeException noProperties) {
            return Locale.ENGLISH;
        }
    }

    /**
     * A session rebuilt from the data grid, detached, ready for {@link #resume}: numbered where the
     * record left off, holding the kept events whose bodies the grid still had.
     */
    static GatewayConnection restore(String sessionId, ResumeRecord record, Map<ResumeRecord.EventKey, FrameBody> bodies,
            Limits limits, Executor closer, LongSupplier clock) {
        GatewayConnection c = new GatewayConnection(sessionId, null, limits, closer, clock);
        synchronized (c) {
            c.userId = record.userId();
            c.servers = record.servers();
            c.tokenExpiresAt = record.tokenExpiresAt();
            c.seq = record.seq();
            long n = record.firstSeq();
            for (ResumeRecord.Kept k : record.kept()) {
                FrameBody body = bodies.get(k.key());
                if (body == null) {
                    c.sent.clear(); // a gap: only what follows it could be replayed
                } else {
                    c.sent.add(n, new LiveFrame(body, k.atMillis(), k.key()), limits.resumeMaxEvents());
                }
                n++;
            }
            c.early = null;
            c.detachedAt = record.detachedAt() >= 0 ? record.detachedAt() : record.writtenAt();
            c.dirty = true;
        }
        return c;
    }

    /**
     * The record for the data grid, or empty when nothing changed since the last one (unless
     * {@code force}) or there is nothing to resume.
     *
     * @param coveredPos the position of this instance's stream up to which every event has been offered to its sessions
     */
    synchronized Optional<ResumeRecord> snapshot(UUID stream, long coveredPos, long now, boolean force) {
        if ((!dirty && !force) || closing || early != null || userId == null) {
            return Optional.empty();
        }
        dirty = false;
        List<ResumeRecord.Kept> kept = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            LiveFrame f = sent.get(i);
            kept.add(new ResumeRecord.Kept(f.key(), f.atMillis()));
        }
        return Optional.of(new ResumeRecord(userId, servers, tokenExpiresAt, seq, kept, stream, coveredPos, now,
                detachedAt));
    }
    String sessionId() {
        return sessionId;
    }

    /** Who to tell when this session gains or loses its socket (set once, before it authenticates or resumes). */
    synchronized void watch(ConnectionWatch watch) {
        this.watch = watch == null ? ConnectionWatch.NONE : watch;
    }

    Optional<UUID> user() {
        return Optional.ofNullable(userId);
    }

    /** The user, or null before authentication; for the fan-out loop, which asks once per recipient. */
    UUID userId() {
        return userId;
    }

    synchronized Set<UUID> servers() {
        return servers;
    }

    synchronized void joined(UUID serverId) {
        if (!servers.contains(serverId)) {
            var more = new java.util.HashSet<>(servers);
            more.add(serverId);
            servers = Set.copyOf(more);
            dirty = true;
        }
    }

    synchronized String socketId() {
        return socket == null ? "-" : socket.getId();
    }

    synchronized boolean isAttached(Session s) {
        return socket == s;
    }

    void touch(long now) {
        lastSeen = now;
    }

    long lastSeen() {
        return lastSeen;
    }

    long openedAt() {
        return openedAt;
    }

    void tokenExpiresAt(long millis) {
        tokenExpiresAt = millis;
        synchronized (this) {
            expiryWarned = false;
            dirty = true;
        }
    }

    long tokenExpiresAt() {
        return tokenExpiresAt;
    }

    /** The access token the connection (re)authenticated or resumed with: its expiry and its sign-in. */
    void bearer(TokenService.Bearer bearer) {
        signIn = bearer.signIn();
        issuedAt = bearer.issuedAt();
        tokenExpiresAt(bearer.expiresAt().toEpochMilli());
    }

    /** Whether the sign-ins that ended include this connection's. */
    boolean endedBy(SignInsEnded ended) {
        return user().map(u -> ended.ends(u, signIn, issuedAt)).orElse(false);
    }

    /** True once per token: the caller warns the client that its token is about to expire. */
    synchronized boolean shouldWarnExpiry() {
        if (expiryWarned) {
            return false;
        }
        expiryWarned = true;
        return true;
    }

    synchronized long detachedAt() {
        return detachedAt;
    }

    synchronized boolean isClosing() {
        return closing;
    }

    /** Sends {@code authenticated}, then what arrived meanwhile; from now on live events flow. */
    synchronized void authenticated(UUID user, Set<UUID> serverIds, FrameBody authenticated) {
        this.userId = user;
        this.servers = Set.copyOf(serverIds);
        this.dirty = true;
        reply(authenticated);
        if (sender != null) {
            goLive();
        }
        List<LiveFrame> waiting = early;
        early = null;
        for (LiveFrame held : waiting) {
            dispatch(held);
        }
    }

    /** Marks the connection as authenticating: live events for its user are held until {@link #authenticated}. */
    synchronized void authenticating(UUID user) {
        this.userId = user;
    }

    /** {@link #dispatch(LiveFrame)} of an event delivered now. */
    boolean dispatch(FrameBody body, ResumeRecord.EventKey key) {
        return dispatch(new LiveFrame(body, clock.getAsLong(), key));
    }

    /**
     * A live event: numbered, kept for a resume, written if a socket is attached; false when this
     * session will never number it (closed). The frame is the event's, shared by all its recipients.
     */
    synchronized boolean dispatch(LiveFrame frame) {
        if (closing) {
            return false;
        }
        if (early != null) {
            early.add(frame);
            return true;
        }
        FrameBody body = frame.body();
        long n = ++seq;
        dirty = true;
        sent.add(n, frame, limits.resumeMaxEvents());
        sent.dropOlderThan(frame.atMillis() - limits.resumeMillis());
        if (sender == null) {
            return true; // detached: kept for the resume only
        }
        if (sender.backlog() >= limits.maxBacklog()) {
            detach(new CloseReason(CloseReason.CloseCodes.getCloseCode(GatewaySessions.TOO_SLOW),
                    "too slow: resume"));
            return true;
        }
        write(body, n);
        return true;
    }

    /**
     * An ephemeral event: written without {@code seq} and not kept, unless the client is behind
     * (then dropped). False when it was not written.
     */
    synchronized boolean offer(FrameBody body) {
        if (closing || early != null || sender == null || sender.backlog() >= limits.ephemeralBacklog()) {
            return false;
        }
        write(body, 0);
        return true;
    }

    private void goLive() {
        if (!live && userId != null) {
            live = true;
            watch.opened(userId);
        }
    }

    private void goneDark() {
        if (live) {
            live = false;
            watch.closed(userId);
        }
    }

    /** A reply to the client's own request: no {@code seq}, not kept for a resume. */
    synchronized void reply(FrameBody body) {
        if (closing || sender == null) {
            return;
        }
        write(body, 0);
    }

    private void write(FrameBody body, long n) {
        try {
            sender.send(body, n);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "gateway send failed on session " + socketId(), e);
        }
    }

    /**
     * Takes this session over onto a new socket and replays every live event after
     * {@code lastSeq}; false (and nothing changes) when that is no longer possible.
     */
    synchronized boolean resume(Session newSocket, long lastSeq, FrameBody resumed, long now) {
        if (closing || early != null || lastSeq < 0 || lastSeq > seq) {
            return false;
        }
        long oldest = sent.isEmpty() ? seq + 1 : sent.firstSeq();
        if (lastSeq + 1 < oldest) {
            return false; // some of what was missed is no longer kept
        }
        Session old = socket;
        socket = newSocket;
        language = languageOf(newSocket);
        sender = FrameSenders.forSession(newSocket, limits.rawFrames());
        detachedAt = -1;
        dirty = true;
        lastSeen = now;
        goLive();
        if (old != null && old != newSocket) {
            Session closing = old;
            closer.execute(() -> closeQuietly(closing, new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE,
                    "resumed elsewhere")));
        }
        for (int i = (int) Math.max(0, lastSeq + 1 - sent.firstSeq()); i < sent.size(); i++) {
            write(sent.get(i).body(), sent.firstSeq() + i);
        }
        write(resumed, 0);
        return true;
    }

    /** The socket is gone (or is being dropped): keep the session for a resume. */
    synchronized void detach(CloseReason reason) {
        if (closing || sender == null) {
            return;
        }
        Session old = socket;
        sender = null;
        socket = null;
        detachedAt = clock.getAsLong();
        dirty = true;
        goneDark();
        if (early != null) {
            // never authenticated: nothing to resume
            closing = true;
        }
        if (old != null && reason != null) {
            closer.execute(() -> closeQuietly(old, reason));
        }
    }

    /** Ends the session for good: no resume. A reply written before this still goes out before the close. */
    void close(CloseReason reason) {
        Session old;
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            old = socket;
            sender = null;
            socket = null;
            sent.clear();
            goneDark();
        }
        if (old != null) {
            closer.execute(() -> closeQuietly(old, reason));
        }
    }

    private static void closeQuietly(Session s, CloseReason reason) {
        try {
            if (s.isOpen()) {
                s.close(reason);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "closing gateway socket " + s.getId() + " failed", e);
        }
    }

    /** Takes one token for a client event; the seconds to wait when there is none. */
    synchronized double takeToken(long now) {
        tokens = Math.min(limits.rateBurst(), tokens + (now - refilledAt) / 1000.0 * limits.ratePerSecond());
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (1 - tokens) / limits.ratePerSecond();
    }

    /** Runs the client's events one at a time, in order, on the pool; false when too many wait. */
    boolean enqueue(Runnable task, Executor pool) {
        synchronized (inbox) {
            if (inbox.size() >= limits.maxInbox()) {
                return false;
            }
            inbox.add(task);
            if (working) {
                return true;
            }
            working = true;
        }
        try {
            pool.execute(this::work);
            return true;
        } catch (RejectedExecutionException e) {
            synchronized (inbox) {
                inbox.clear();
                working = false;
            }
            return false;
        }
    }

    private void work() {
        while (true) {
            Runnable next;
            synchronized (inbox) {
                next = inbox.poll();
                if (next == null) {
                    working = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "gateway event failed on session " + socketId(), e);
            }
        }
    }
}
