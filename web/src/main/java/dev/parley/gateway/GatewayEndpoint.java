package dev.parley.gateway;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The gateway's WebSocket endpoint at {@code /gateway}, one instance per connection (made by
 * {@link GatewayRegistration}). It only wires a connection to {@link GatewayProtocol}, which
 * answers frames, and to {@link GatewaySessions}, which delivers live events. The protocol is in
 * {@code docs/gateway.md}.
 */
public class GatewayEndpoint extends Endpoint {

    public static final String PATH = "/gateway";
    private static final Logger LOG = Logger.getLogger(GatewayEndpoint.class.getName());

    private final GatewayProtocol protocol;
    private final GatewaySessions sessions;
    private volatile GatewayConnection connection;

    GatewayEndpoint(GatewayProtocol protocol, GatewaySessions sessions) {
        this.protocol = protocol;
        this.sessions = sessions;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        connection = sessions.open(session);
        // the container hands one session's messages over one at a time
        session.addMessageHandler(String.class, text -> protocol.onText(connection, text));
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        if (connection != null) {
            sessions.closed(connection);
        }
    }

    @Override
    public void onError(Session session, Throwable thrown) {
        if (isTooBig(thrown) && connection != null) {
            // the frame was not read; RFC 6455 has a close code for exactly this
            connection.close(new CloseReason(CloseReason.CloseCodes.TOO_BIG, "frame too large"), false);
            return;
        }
        LOG.log(Level.FINE, "gateway session " + session.getId() + " failed", thrown);
    }

    private static boolean isTooBig(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("TooBig")) {
                return true;
            }
        }
        return false;
    }
}
