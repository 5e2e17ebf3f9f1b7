package dev.parley.platform.control;

/**
 * A way to reach connected clients on this instance (the gateway's WebSocket sessions, the
 * Faces push channel). The web module registers its sinks with {@link LiveHub} at start-up, so
 * delivery does not depend on CDI event visibility between EAR modules.
 */
public interface LiveSink {

    /** Hands the event to the connections held here that its audience allows; must not block on a slow client. */
    void deliver(LiveEvent event);
}
