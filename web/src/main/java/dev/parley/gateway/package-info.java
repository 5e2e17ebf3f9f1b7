/**
 * The WebSocket gateway as transport, knowing no feature: the endpoint at {@code /gateway}, its
 * connections and their framing, authentication, heartbeat and resume, one error mapping, and
 * the registry of {@link dev.parley.gateway.GatewayHandler}s through which each feature's
 * boundary answers its own client events. The protocol is in {@code docs/gateway.md}.
 */
package dev.parley.gateway;
