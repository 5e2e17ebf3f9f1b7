package dev.parley.gateway;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One gateway WebSocket connection: who it is (once authenticated), its sequence counter and
 * the one way anything is sent to it. Frames are numbered and queued under this object's lock,
 * so {@code seq} on the wire is exactly the order of sending; one asynchronous send is in flight
 * at a time and its completion starts the next, so no caller ever waits for the client. A
 * client that lets more than {@code maxQueued} frames pile up is closed with 1013 instead of
 * being buffered for ever.
 *
 * <p>This is the only class that writes to a session: a faster, container-specific send path
 * (see PLATFORM.md on Tyrus raw frames) belongs here.
 */
final class GatewayConnection {

    private static final Logger LOG = Logger.getLogger(GatewayConnection.class.getName());

    private final Session session;
    private final int maxQueued;
    private final Executor closer;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private volatile UUID userId;
    private long seq;
    private boolean sending;
    private boolean pumping;
    private boolean closing;
    private CloseReason closeReason;
    private Future<?> authDeadline;

    GatewayConnection(Session session, int maxQueued, Executor closer) {
        this.session = session;
        this.maxQueued = maxQueued;
        this.closer = closer;
    }

    String id() {
        return session.getId();
    }

    Optional<UUID> user() {
        return Optional.ofNullable(userId);
    }

    /** Sends the {@code authenticated} event, then marks the connection as the user's and registers it. */
    synchronized void authenticated(UUID user, String event, String dataJson, Runnable register) {
        cancelAuthDeadline();
        send(event, dataJson);
        this.userId = user;
        register.run();
    }

    synchronized void authDeadline(Future<?> deadline) {
        this.authDeadline = deadline;
    }

    /**
     * Numbers and queues one server-to-client frame; never blocks.
     *
     * @param dataJson the event's data object, already JSON; inserted as it is
     */
    void send(String event, String dataJson) {
        boolean overflow;
        synchronized (this) {
            if (closing) {
                return;
            }
            overflow = queue.size() >= maxQueued;
            if (!overflow) {
                queue.add(GatewayFrame.render(event, dataJson, ++seq));
                pump();
            }
        }
        if (overflow) {
            close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too slow"), false);
        }
    }

    /**
     * Closes the connection without blocking the caller; further frames are dropped.
     *
     * @param drainFirst send what is already queued (e.g. the error that explains the close) first
     */
    void close(CloseReason reason, boolean drainFirst) {
        boolean now;
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            closeReason = reason;
            cancelAuthDeadline();
            if (!drainFirst) {
                queue.clear();
            }
            // a stuck send never completes, so a close that need not drain does not wait for it
            now = !drainFirst || (!sending && queue.isEmpty());
        }
        if (now) {
            closer.execute(this::closeSession);
        }
    }

    synchronized boolean isClosing() {
        return closing;
    }

    /** Called when the container reports the session closed: nothing more is sent. */
    synchronized void closed() {
        closing = true;
        queue.clear();
        cancelAuthDeadline();
    }

    private void cancelAuthDeadline() {
        if (authDeadline != null) {
            authDeadline.cancel(false);
        }
    }

    private void closeSession() {
        try {
            if (session.isOpen()) {
                session.close(closeReason);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "closing gateway session " + id() + " failed", e);
        }
    }

    // lock held; a send handler that runs at once on this thread re-enters and just returns
    private void pump() {
        if (pumping) {
            return;
        }
        pumping = true;
        try {
            while (!sending && !queue.isEmpty() && session.isOpen()) {
                String frame = queue.poll();
                sending = true;
                session.getAsyncRemote().sendText(frame, this::sent);
            }
        } catch (RuntimeException e) {
            // the session went away under us; the container's close handler cleans up
            LOG.log(Level.FINE, "gateway send failed on session " + id(), e);
            sending = false;
            queue.clear();
        } finally {
            pumping = false;
        }
    }

    private void sent(SendResult result) {
        boolean closeNow;
        synchronized (this) {
            sending = false;
            if (result.isOK()) {
                pump();
            } else {
                queue.clear();
                closing = true;
                closeReason = new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "send failed");
                LOG.log(Level.FINE, "gateway send failed on session " + id(), result.getException());
            }
            closeNow = closing && !sending && queue.isEmpty() && closeReason != null;
        }
        if (closeNow) {
            closer.execute(this::closeSession);
        }
    }
}
