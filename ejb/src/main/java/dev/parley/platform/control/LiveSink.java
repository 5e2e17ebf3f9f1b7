package dev.parley.platform.control;

/**
 * A way to reach connected clients on this instance (the gateway's WebSocket sessions, the
 * Faces push channel). The web module registers its sinks with {@link LiveHub} at start-up, so
 * delivery does not depend on CDI event visibility between EAR modules.
 */
public interface LiveSink {

    /** Hands the event to the connections held here that its audience allows; must not block on a slow client. */
    void deliver(LiveEvent event);

    /**
     * The same, with the object the event's {@code dataJson} was rendered from when the event was
     * published on this instance (null when it came from another one): a sink that needs more than
     * the JSON text reads it from there instead of parsing our own output again.
     */
    default void deliver(LiveEvent event, Object data) {
        deliver(event);
    }
}
