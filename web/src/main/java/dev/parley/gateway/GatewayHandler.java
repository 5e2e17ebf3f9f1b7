package dev.parley.gateway;

/**
 * Answers one client event of the gateway. Each feature's boundary contributes a CDI bean per
 * event it understands (e.g. {@code message:send} in the message room); the gateway finds them all
 * at start-up, so adding an event is adding a class. A handler runs on the gateway's worker pool,
 * never on a WebSocket thread, one event of a connection at a time, and only for an authenticated
 * connection. It translates in and out and calls a service; nothing else.
 */
public interface GatewayHandler {

    /** The client event this handler answers, e.g. {@code message:send}. */
    String event();

    /**
     * Answers the call: {@link GatewayCall#reply} once, now or when an asynchronous service call
     * completes. A {@link dev.parley.platform.control.ParleyException} thrown (or passed to
     * {@link GatewayCall#fail}) becomes an {@code error} event with its stable code.
     */
    void handle(GatewayCall call);
}
