package dev.parley.gateway;

import jakarta.websocket.Session;

/**
 * Chooses how frames are written to a session. Where raw frames are enabled and the container is
 * Tyrus: {@link GrizzlyFrameSender}, straight to the Grizzly connection once it can be reached and
 * through Tyrus' raw-frame send ({@link RawFrameSender}) until then. Otherwise — and always when
 * raw frames are off — the portable send.
 */
final class FrameSenders {

    private FrameSenders() {
    }

    static FrameSender forSession(Session session, boolean raw) {
        if (raw) {
            return GrizzlyFrameSender.of(session).orElseGet(() -> new PortableFrameSender(session));
        }
        return new PortableFrameSender(session);
    }
}
