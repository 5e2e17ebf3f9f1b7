package dev.parley.gateway;

/**
 * Writes frames to one WebSocket session, in the order given, without waiting for the client.
 * Called under the connection's lock. Two ways exist ({@link FrameSenders}): the container's raw
 * frame path, which writes bytes built once, and the portable Jakarta WebSocket send.
 */
interface FrameSender {

    /** Writes the frame; never blocks on the client. */
    void send(FrameBody body, long seq);

    /** Frames handed over but not yet written to the socket (how far the client is behind). */
    int backlog();
}
