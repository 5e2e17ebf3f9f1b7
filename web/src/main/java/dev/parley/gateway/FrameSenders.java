package dev.parley.gateway;

import jakarta.websocket.Session;

/** Chooses how frames are written to a session: the raw path where the container has one (and it is enabled), else the portable one. */
final class FrameSenders {

    private FrameSenders() {
    }

    static FrameSender forSession(Session session, boolean raw) {
        if (raw) {
            return RawFrameSender.of(session).orElseGet(() -> new PortableFrameSender(session));
        }
        return new PortableFrameSender(session);
    }
}
