package dev.parley.gateway;

import dev.parley.platform.control.ProblemType;
import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.ServerView;
import dev.parley.identity.control.AccountView;
import dev.parley.identity.control.IdentityService;
import dev.parley.identity.control.TokenService;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.JsonMapping;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the gateway does with a client's frame. The transport's own events ({@code authenticate},
 * {@code resume}, {@code heartbeat}) are answered here; every other event goes to the
 * {@link GatewayHandler} of its feature. Frames are parsed on the WebSocket thread and answered on
 * a bounded worker pool, one at a time per connection, so a slow service call never holds a
 * WebSocket thread and a connection's events keep their order. Each connection is rate-limited;
 * nothing a client sends closes the connection except a failed {@code authenticate} and the limits
 * in {@code docs/gateway.md}.
 */
@ApplicationScoped
public class GatewayProtocol {

    // client to server, answered by the transport
    static final String AUTHENTICATE = "authenticate";
    static final String RESUME = "resume";
    static final String HEARTBEAT = "heartbeat";
    // server to client
    static final String HELLO = "hello";
    static final String AUTHENTICATED = "authenticated";
    static final String RESUMED = "resumed";
    static final String INVALID_SESSION = "invalid-session";
    static final String HEARTBEAT_ACK = "heartbeat:ack";
    static final String TOKEN_EXPIRING = "token:expiring";
    static final String ERROR = "error";

    @Inject
    TokenService tokens;

    @Inject
    IdentityService identity;

    @Inject
    GuildService guilds;

    @Inject
    dev.parley.platform.control.LiveScopes scopes;

    @Inject
    JsonMapping json;

    @Inject
    GatewaySessions sessions;

    @Inject
    GatewayHandlers handlers;

    @Inject
    Clock clock;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "parley.gateway.workers")
    int workers;

    @Inject
    @ConfigProperty(name = "parley.gateway.work-queue")
    int workQueue;

    @Inject
    @ConfigProperty(name = "parley.gateway.heartbeat-interval-millis")
    long heartbeatInterval;

    private ThreadPoolExecutor pool;

    /** The {@code data} of {@code authenticated}: who you are, your servers, and your session for a resume. */
    public record Authenticated(AccountView user, List<ServerView> servers, String sessionId, long heartbeatInterval) {
    }

    @PostConstruct
    void start() {
        pool = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(workQueue),
                threads);
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }

    /** A new socket: {@code hello} tells the client how often to heartbeat. */
    void opened(GatewayConnection connection) {
        connection.reply(FrameBody.of(HELLO, "{\"heartbeatInterval\":" + heartbeatInterval + "}"));
    }

    void onText(GatewayEndpoint.Link link, Session socket, String text) {
        GatewayConnection connection = link.connection();
        connection.touch(clock.millis());
        GatewayFrame frame;
        try {
            frame = GatewayFrame.parse(text);
        } catch (GatewayFrame.Malformed e) {
            connection.reply(GatewayErrors.body(ProblemType.MALFORMED_FRAME, e.getMessage(), Map.of(), null,
                    connection.language()));
            return;
        }
        if (HEARTBEAT.equals(frame.event())) {
            connection.reply(FrameBody.of(HEARTBEAT_ACK, "{}")); // cheap, and never queued behind work
            return;
        }
        if (!GatewayHandlers.CORE.contains(frame.event())) {
            // counted as they arrive, so a slow worker does not hand out more
            double wait = connection.takeToken(clock.millis());
            if (wait > 0) {
                connection.reply(GatewayErrors.rateLimited(frame, wait, connection.language()));
                return;
            }
        }
        if (!connection.enqueue(() -> answer(link, socket, frame), pool)) {
            connection.reply(GatewayErrors.body(ProblemType.UNAVAILABLE,
                    "The server is busy; send this again in a moment.", Map.of(), frame.event(), connection.language()));
        }
    }

    private void answer(GatewayEndpoint.Link link, Session socket, GatewayFrame frame) {
        GatewayConnection connection = link.connection();
        try {
            if (AUTHENTICATE.equals(frame.event())) {
                authenticate(connection, frame);
            } else if (RESUME.equals(frame.event())) {
                resume(link, socket, frame);
            } else if (connection.user().isEmpty()) {
                connection.reply(GatewayErrors.body(ProblemType.NOT_AUTHENTICATED,
                        "Send \"authenticate\" with your access token first.", Map.of(), frame.event(),
                        connection.language()));
            } else {
                dispatch(connection, frame);
            }
        } catch (RuntimeException e) {
            connection.reply(GatewayErrors.of(e, frame, connection.language()));
        }
    }

    private void dispatch(GatewayConnection connection, GatewayFrame frame) {
        Optional<GatewayHandler> handler = handlers.forEvent(frame.event());
        if (handler.isEmpty()) {
            connection.reply(GatewayErrors.body(ProblemType.UNKNOWN_EVENT, "There is no client event of that name.",
                    Map.of(), frame.event(), connection.language()));
            return;
        }
        GatewayCall call = new GatewayCall(frame, connection.user().orElseThrow(),
                (event, data) -> connection.reply(FrameBody.of(event, json.toJson(data))),
                failure -> connection.reply(GatewayErrors.of(failure, frame, connection.language())));
        handler.get().handle(call);
    }

    private void authenticate(GatewayConnection connection, GatewayFrame frame) {
        Optional<TokenService.Bearer> bearer = tokens.bearer(frame.text("token").orElse(null));
        Optional<UUID> already = connection.user();
        if (bearer.isEmpty()) {
            connection.reply(GatewayErrors.body(ProblemType.NOT_AUTHENTICATED, "The token is missing, invalid or expired.",
                    Map.of("token", "is not a valid access token"), AUTHENTICATE, connection.language()));
            if (already.isEmpty()) {
                sessions.end(connection, new CloseReason(CloseReason.CloseCodes.getCloseCode(GatewaySessions.AUTH_FAILED),
                        "authentication failed"));
            }
            return;
        }
        UUID userId = bearer.get().userId();
        if (already.isPresent()) {
            if (!already.get().equals(userId)) {
                connection.reply(GatewayErrors.body(ProblemType.ALREADY_AUTHENTICATED,
                        "This connection is authenticated as someone else.", Map.of(), AUTHENTICATE,
                        connection.language()));
                return;
            }
            // a fresh token for the same user: the connection lives on until the new expiry
            connection.bearer(bearer.get());
            connection.reply(FrameBody.of("reauthenticated",
                    "{\"expiresAt\":\"" + bearer.get().expiresAt() + "\"}"));
            return;
        }
        connection.bearer(bearer.get());
        AccountView me = identity.me(userId);
        AtomicReference<List<ServerView>> mine = new AtomicReference<>();
        sessions.authenticate(connection, userId, () -> {
            mine.set(guilds.mine(userId));
            return scopes.with(userId, mine.get().stream().map(ServerView::id).collect(Collectors.toSet()));
        }, sessionId -> FrameBody.of(AUTHENTICATED, json.toJson(new Authenticated(me, mine.get(), sessionId,
                heartbeatInterval))));
    }

    private void resume(GatewayEndpoint.Link link, Session socket, GatewayFrame frame) {
        GatewayConnection fresh = link.connection();
        if (fresh.user().isPresent()) {
            fresh.reply(GatewayErrors.body(ProblemType.ALREADY_AUTHENTICATED,
                    "Resume on a new connection, before authenticating.", Map.of(), RESUME, fresh.language()));
            return;
        }
        Optional<TokenService.Bearer> bearer = tokens.bearer(frame.text("token").orElse(null));
        long lastSeq = frame.data().get("seq") instanceof jakarta.json.JsonNumber n && n.isIntegral() ? n.longValue() : -1;
        Optional<GatewayConnection> resumed = bearer.flatMap(b -> sessions.resume(frame.text("sessionId").orElse(null),
                b.userId(), socket, lastSeq, FrameBody.of(RESUMED, "{}")));
        if (resumed.isEmpty()) {
            fresh.reply(FrameBody.of(INVALID_SESSION, "{}"));
            return;
        }
        resumed.get().bearer(bearer.get());
        link.rebind(resumed.get());
        sessions.discard(fresh);
    }
}
