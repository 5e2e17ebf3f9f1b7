package dev.parley.gateway;

import jakarta.websocket.Session;

/**
 * Chooses how frames are written to a session, where raw frames are enabled: straight to the
 * Grizzly connection where it can be reached ({@link GrizzlyFrameSender}), else Tyrus' raw-frame
 * send ({@link RawFrameSender}), else — and always when raw frames are off — the portable send.
 */
final class FrameSenders {

    private FrameSenders() {
    }

    static FrameSender forSession(Session session, boolean raw) {
        if (raw) {
            return GrizzlyFrameSender.of(session)
                    .or(() -> RawFrameSender.of(session))
                    .orElseGet(() -> new PortableFrameSender(session));
        }
        return new PortableFrameSender(session);
    }
}
