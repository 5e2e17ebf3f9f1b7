package dev.parley.gateway;

import dev.parley.platform.control.ProblemType;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The gateway's WebSocket endpoint at {@code /gateway}, one instance per socket (made by
 * {@link GatewayRegistration}). It only wires a socket to {@link GatewayProtocol}, which answers
 * frames, and to {@link GatewaySessions}, which delivers live events. After a {@code resume} the
 * socket serves the resumed session. The protocol is in {@code docs/gateway.md}.
 */
public class GatewayEndpoint extends Endpoint {

    public static final String PATH = "/gateway";
    private static final Logger LOG = Logger.getLogger(GatewayEndpoint.class.getName());

    private final GatewayProtocol protocol;
    private final GatewaySessions sessions;
    private final Link link = new Link();

    /** The session a socket currently serves. */
    static final class Link {
        private volatile GatewayConnection connection;

        GatewayConnection connection() {
            return connection;
        }

        void rebind(GatewayConnection resumed) {
            this.connection = resumed;
        }
    }

    GatewayEndpoint(GatewayProtocol protocol, GatewaySessions sessions) {
        this.protocol = protocol;
        this.sessions = sessions;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        link.rebind(sessions.open(session));
        // the container hands one socket's messages over one at a time
        session.addMessageHandler(String.class, text -> protocol.onText(link, session, text));
        session.addMessageHandler(ByteBuffer.class, (MessageHandler.Whole<ByteBuffer>) bytes -> link.connection()
                .reply(GatewayErrors.body(ProblemType.MALFORMED_FRAME, "Frames are JSON text; binary frames are not read.",
                        Map.of(), null, link.connection().language())));
        protocol.opened(link.connection());
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        GatewayConnection connection = link.connection();
        if (connection != null) {
            sessions.socketClosed(connection, session);
        }
    }

    @Override
    public void onError(Session session, Throwable thrown) {
        GatewayConnection connection = link.connection();
        if (isTooBig(thrown) && connection != null) {
            // the container's own limit (FrameLimitFilter refuses such frames first where it is in place)
            sessions.end(connection, new CloseReason(CloseReason.CloseCodes.TOO_BIG, "frame too large"));
            return;
        }
        LOG.log(Level.FINE, "gateway socket " + session.getId() + " failed", thrown);
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
