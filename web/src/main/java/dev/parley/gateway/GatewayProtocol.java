package dev.parley.gateway;

import dev.parley.platform.boundary.ProblemMapper;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.JsonMapping;
import dev.parley.platform.control.ParleyException;
import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.ServerView;
import dev.parley.identity.control.AccountView;
import dev.parley.identity.control.IdentityService;
import dev.parley.identity.control.TokenService;
import dev.parley.message.control.Draft;
import dev.parley.message.control.MessageService;
import dev.parley.message.control.MessageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.websocket.CloseReason;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the gateway does with a client's frame: the boundary between the WebSocket protocol and
 * the services, as a JAX-RS resource is for HTTP. It calls the same service methods REST calls
 * and turns their answers and {@link ParleyException}s into events; nothing a client sends
 * closes the connection except a failed {@code authenticate} (and the container's own limits).
 * Tokens and message content are never logged.
 */
@ApplicationScoped
public class GatewayProtocol {

    private static final Logger LOG = Logger.getLogger(GatewayProtocol.class.getName());

    // client to server
    static final String AUTHENTICATE = "authenticate";
    static final String HEARTBEAT = "heartbeat";
    static final String MESSAGE_SEND = "message:send";
    // server to client (message:new comes from the live events, see MessageFanout)
    static final String AUTHENTICATED = "authenticated";
    static final String HEARTBEAT_ACK = "heartbeat:ack";
    static final String MESSAGE_ACK = "message:ack";
    static final String ERROR = "error";

    @Inject
    TokenService tokens;

    @Inject
    IdentityService identity;

    @Inject
    GuildService guilds;

    @Inject
    MessageService messages;

    @Inject
    JsonMapping json;

    @Inject
    GatewaySessions sessions;

    /** The {@code data} of {@code authenticated}: who you are and your servers. */
    public record Authenticated(AccountView user, List<ServerView> servers) {
    }

    /** The {@code data} of {@code message:ack}: your message as stored, and the nonce you sent. */
    public record MessageAck(MessageView message, String nonce) {
    }

    void onText(GatewayConnection connection, String text) {
        GatewayFrame frame;
        try {
            frame = GatewayFrame.parse(text);
        } catch (GatewayFrame.Malformed e) {
            connection.send(ERROR, error("malformed-frame", 400, e.getMessage(), Map.of(), null, null));
            return;
        }
        Optional<UUID> user = connection.user();
        try {
            if (AUTHENTICATE.equals(frame.event())) {
                authenticate(connection, frame, user.isPresent());
            } else if (user.isEmpty()) {
                connection.send(ERROR, error("not-authenticated", 401,
                        "Send \"authenticate\" with your access token first.", Map.of(), null, frame.event()));
            } else if (HEARTBEAT.equals(frame.event())) {
                connection.send(HEARTBEAT_ACK, "{}");
            } else if (MESSAGE_SEND.equals(frame.event())) {
                sendMessage(connection, user.get(), frame);
            } else {
                connection.send(ERROR, error("unknown-event", 400,
                        "There is no client event of that name.", Map.of(), null, frame.event()));
            }
        } catch (RuntimeException e) {
            connection.send(ERROR, failure(ProblemMapper.unwrap(e), frame));
        }
    }

    private void authenticate(GatewayConnection connection, GatewayFrame frame, boolean already) {
        if (already) {
            connection.send(ERROR, error("already-authenticated", 400, "This connection is already authenticated.",
                    Map.of(), null, AUTHENTICATE));
            return;
        }
        Optional<UUID> user = tokens.verify(frame.text("token").orElse(null));
        if (user.isEmpty()) {
            connection.send(ERROR, error("not-authenticated", 401, "The token is missing, invalid or expired.",
                    Map.of("token", "is not a valid access token"), null, AUTHENTICATE));
            connection.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(GatewaySessions.AUTH_FAILED),
                    "authentication failed"), true);
            return;
        }
        UUID userId = user.get();
        String data = json.toJson(new Authenticated(identity.me(userId), guilds.mine(userId)));
        sessions.authenticated(connection, userId, data);
    }

    private void sendMessage(GatewayConnection connection, UUID userId, GatewayFrame frame) {
        String nonce = frame.text("nonce").orElse(null);
        Optional<String> channel = frame.text("channelId");
        UUID channelId;
        try {
            channelId = UUID.fromString(channel.orElseThrow(() -> new InvalidInputException(
                    "A channel is required.", Map.of("channelId", "is required"))));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("There is no such channel.", Map.of("channelId", "is not a valid id"));
        }
        if (frame.data().containsKey("nonce") && nonce == null && !frame.data().isNull("nonce")) {
            throw new InvalidInputException("The nonce must be a string.", Map.of("nonce", "must be a string"));
        }
        MessageView stored = messages.post(userId, channelId, new Draft(frame.text("content").orElse(null), nonce));
        connection.send(MESSAGE_ACK, json.toJson(new MessageAck(stored, nonce)));
    }

    private String failure(Throwable t, GatewayFrame frame) {
        String nonce = frame.text("nonce").orElse(null);
        if (t instanceof ParleyException p) {
            return error(p.type(), p.status(), p.getMessage(), p.fields(), nonce, frame.event());
        }
        String incident = UUID.randomUUID().toString();
        // the event name is the client's text: only a plausible one goes into the log
        String event = frame.event().matches("[a-z:]{1,32}") ? frame.event() : "?";
        LOG.log(Level.SEVERE, "unexpected gateway failure on " + event + ", incident " + incident, t);
        return error("internal", 500, "Something went wrong on our side. Incident " + incident + ".", Map.of(),
                nonce, frame.event());
    }

    /** The {@code data} of an {@code error} event; {@code code} is the same stable type REST problems use. */
    static String error(String code, int status, String message, Map<String, String> fields, String nonce,
            String event) {
        JsonObjectBuilder f = GatewayFrame.JSON.createObjectBuilder();
        fields.forEach(f::add);
        JsonObjectBuilder data = GatewayFrame.JSON.createObjectBuilder().add("code", code).add("status", status)
                .add("message", message).add("fields", f);
        if (nonce != null) {
            data.add("nonce", nonce);
        }
        if (event != null) {
            data.add("for", event.length() > 64 ? event.substring(0, 64) : event);
        }
        return data.build().toString();
    }
}
