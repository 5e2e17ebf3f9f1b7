package dev.parley.gateway;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
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
 * A client whose socket falls too far behind is detached (close 4009) and may resume.
 */
final class GatewayConnection {

    private static final Logger LOG = Logger.getLogger(GatewayConnection.class.getName());

    /** One live event this session was sent, kept for a resume. */
    record Sent(long seq, FrameBody body, long atMillis) {
    }

    private final String sessionId = UUID.randomUUID().toString();
    private final Limits limits;
    private final Executor closer;
    private final LongSupplier clock;
    private final long openedAt;

    private Session socket;
    private FrameSender sender;
    private volatile UUID userId;
    private Set<UUID> servers = Set.of();
    private long seq;
    private final ArrayDeque<Sent> sent = new ArrayDeque<>();
    /** live events that arrived while authenticating, sent right after {@code authenticated} */
    private List<FrameBody> early = new ArrayList<>();
    private boolean closing;
    private long detachedAt = -1;
    private volatile long lastSeen;
    private volatile long tokenExpiresAt = Long.MAX_VALUE;
    private boolean expiryWarned;

    // rate limit: a token bucket over client events
    private double tokens;
    private long refilledAt;

    // the client's events, run one at a time on the worker pool
    private final ArrayDeque<Runnable> inbox = new ArrayDeque<>();
    private boolean working;

    /** What a connection needs to know of the configuration. */
    record Limits(int maxBacklog, int resumeMaxEvents, long resumeMillis, double ratePerSecond, int rateBurst,
            int maxInbox, boolean rawFrames) {
    }

    /** @param clock the time in milliseconds (the one clock, so tests can move it) */
    GatewayConnection(Session socket, Limits limits, Executor closer, LongSupplier clock) {
        long now = clock.getAsLong();
        this.socket = socket;
        this.limits = limits;
        this.closer = closer;
        this.clock = clock;
        this.openedAt = now;
        this.lastSeen = now;
        this.tokens = limits.rateBurst();
        this.refilledAt = now;
        this.sender = FrameSenders.forSession(socket, limits.rawFrames());
    }

    String sessionId() {
        return sessionId;
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
        }
    }

    long tokenExpiresAt() {
        return tokenExpiresAt;
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
        reply(authenticated);
        List<FrameBody> waiting = early;
        early = null;
        for (FrameBody body : waiting) {
            dispatch(body);
        }
    }

    /** Marks the connection as authenticating: live events for its user are held until {@link #authenticated}. */
    synchronized void authenticating(UUID user) {
        this.userId = user;
    }

    /** A live event: numbered, kept for a resume, written if a socket is attached. */
    synchronized void dispatch(FrameBody body) {
        if (closing) {
            return;
        }
        if (early != null) {
            early.add(body);
            return;
        }
        long now = clock.getAsLong();
        long n = ++seq;
        sent.add(new Sent(n, body, now));
        while (sent.size() > limits.resumeMaxEvents()
                || (!sent.isEmpty() && now - sent.peek().atMillis() > limits.resumeMillis())) {
            sent.poll();
        }
        if (sender == null) {
            return; // detached: kept for the resume only
        }
        if (sender.backlog() >= limits.maxBacklog()) {
            detach(new CloseReason(CloseReason.CloseCodes.getCloseCode(GatewaySessions.TOO_SLOW),
                    "too slow: resume"));
            return;
        }
        write(body, n);
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
        long oldest = sent.isEmpty() ? seq + 1 : sent.peek().seq();
        if (lastSeq + 1 < oldest) {
            return false; // some of what was missed is no longer kept
        }
        Session old = socket;
        socket = newSocket;
        sender = FrameSenders.forSession(newSocket, limits.rawFrames());
        detachedAt = -1;
        lastSeen = now;
        if (old != null && old != newSocket) {
            Session closing = old;
            closer.execute(() -> closeQuietly(closing, new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE,
                    "resumed elsewhere")));
        }
        for (Sent s : sent) {
            if (s.seq() > lastSeq) {
                write(s.body(), s.seq());
            }
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
