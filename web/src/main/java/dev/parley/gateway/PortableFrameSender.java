package dev.parley.gateway;

import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.util.ArrayDeque;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portable path: {@code getAsyncRemote().sendText} with one send in flight at a time, the
 * rest queued in order. Each send renders the frame's text for this session and passes through
 * the container's per-send bookkeeping, so it costs more per recipient than the raw path.
 */
final class PortableFrameSender implements FrameSender {

    private static final Logger LOG = Logger.getLogger(PortableFrameSender.class.getName());

    private final Session session;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private boolean sending;

    PortableFrameSender(Session session) {
        this.session = session;
    }

    @Override
    public synchronized void send(FrameBody body, long seq) {
        queue.add(body.text(seq));
        pump();
    }

    @Override
    public synchronized int backlog() {
        return queue.size() + (sending ? 1 : 0);
    }

    private void pump() {
        while (!sending && !queue.isEmpty()) {
            String text = queue.poll();
            sending = true;
            try {
                session.getAsyncRemote().sendText(text, this::sent);
            } catch (RuntimeException e) {
                // the session went away under us; the container's close handler cleans up
                LOG.log(Level.FINE, "gateway send failed on session " + session.getId(), e);
                sending = false;
                queue.clear();
                return;
            }
        }
    }

    private synchronized void sent(SendResult result) {
        sending = false;
        if (result.isOK()) {
            pump();
        } else {
            queue.clear();
        }
    }
}
