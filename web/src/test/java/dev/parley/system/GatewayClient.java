package dev.parley.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A gateway client as any program would write one, on the JDK's own WebSocket client. The
 * ephemeral events ({@code presence:user}, which comes whenever anyone in one's servers connects or
 * leaves, and {@code typing:user}) are kept apart from the other frames ({@link #expectTyping},
 * {@link #awaitPresence}); a test that does not ask for them ignores them, as a client that shows
 * neither would.
 */
public final class GatewayClient implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            // plain HTTP/1.1 as browsers speak it over http:, without the JDK's h2c upgrade attempt
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(WAIT).build();

    /** How the server closed the connection. */
    public record Closed(int code, String reason) {
    }

    private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private final BlockingQueue<JsonObject> ephemeral = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final java.util.List<Long> seqs = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final WebSocket socket;
    private JsonObject hello;
    private JsonObject authenticated;

    private GatewayClient(URI uri) {
        try {
            socket = HTTP.newWebSocketBuilder().connectTimeout(WAIT).buildAsync(uri, new Listener())
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("cannot connect to " + uri, e);
        }
    }

    /** Connects to {@code /gateway} of the server at {@code base} (http becomes ws); {@code hello} is not consumed. */
    public static GatewayClient open(URL base) {
        String http = base.toString().endsWith("/") ? base.toString() : base + "/";
        return new GatewayClient(URI.create(http.replaceFirst("^http", "ws")).resolve("gateway"));
    }

    /** Connects; the {@code hello} every connection starts with is consumed (see {@link #hello()}). */
    public static GatewayClient connect(URL base) {
        GatewayClient client = open(base);
        client.hello = client.expect("hello");
        return client;
    }

    /** Connects and authenticates; {@code hello} and {@code authenticated} are consumed. */
    public static GatewayClient signedIn(URL base, Api.User user) {
        GatewayClient client = connect(base);
        client.send("authenticate", Json.createObjectBuilder().add("token", user.token()).build());
        client.authenticated = client.expect("authenticated");
        return client;
    }

    /** The {@code hello} this connection started with. */
    public JsonObject hello() {
        return hello;
    }

    /** The {@code authenticated} of {@link #signedIn}. */
    public JsonObject authenticated() {
        return authenticated;
    }

    /** The highest {@code seq} received so far (0 for none). */
    public long lastSeq() {
        return seqs.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** Sends, and says whether the whole frame went out (a server may close in the middle). */
    public boolean trySendText(String text) {
        try {
            socket.sendText(text, true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    public void sendBinary(byte[] bytes) {
        try {
            socket.sendBinary(java.nio.ByteBuffer.wrap(bytes), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("cannot send", e);
        }
    }

    /** Drops the TCP connection without a close handshake, as a lost network does. */
    public void drop() {
        socket.abort();
    }

    public void send(String event, JsonObject data) {
        sendText(Json.createObjectBuilder().add("event", event).add("data", data).build().toString());
    }

    public void sendText(String text) {
        try {
            socket.sendText(text, true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("cannot send", e);
        }
    }

    /** The next frame from the server; fails after {@link #WAIT}. */
    public JsonObject next() {
        try {
            JsonObject frame = frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (frame == null) {
                throw new AssertionError("no frame within " + WAIT + (closed.isDone() ? "; closed " + closed.join() : ""));
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next frame, or null when none comes within {@code wait}. */
    public JsonObject nextWithin(java.time.Duration wait) {
        try {
            return frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next frame, which must be the named event. */
    public JsonObject expect(String event) {
        JsonObject frame = next();
        if (!event.equals(frame.getString("event", null))) {
            throw new AssertionError("expected " + event + " but got " + frame);
        }
        return frame;
    }

    /**
     * Sends a heartbeat and returns every frame that came before its ack. The server writes
     * frames in order, so any live event delivered to this connection before the heartbeat was
     * sent shows up here: a way to prove something did NOT arrive without sleeping.
     */
    public java.util.List<JsonObject> drainWithHeartbeat() {
        send("heartbeat", JsonValue.EMPTY_JSON_OBJECT);
        java.util.List<JsonObject> before = new java.util.ArrayList<>();
        for (JsonObject frame = next(); !"heartbeat:ack".equals(frame.getString("event")); frame = next()) {
            before.add(frame);
        }
        return before;
    }

    /** The next ephemeral frame that matches, skipping others; fails after {@link #WAIT}. */
    private JsonObject awaitEphemeral(String what, java.util.function.Predicate<JsonObject> wanted) {
        long until = System.nanoTime() + WAIT.toNanos();
        java.util.List<JsonObject> skipped = new java.util.ArrayList<>();
        while (System.nanoTime() < until) {
            try {
                JsonObject frame = ephemeral.poll(Math.max(1, (until - System.nanoTime()) / 1_000_000),
                        TimeUnit.MILLISECONDS);
                if (frame == null) {
                    break;
                }
                if (wanted.test(frame)) {
                    return frame;
                }
                skipped.add(frame);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no " + what + " within " + WAIT + "; got " + skipped);
    }

    /** The next {@code typing:user}, skipping presence; fails after {@link #WAIT}. */
    public JsonObject expectTyping() {
        return awaitEphemeral("typing:user", f -> "typing:user".equals(f.getString("event")));
    }

    /** The next {@code presence:user} about that user with that status, skipping others; fails after {@link #WAIT}. */
    public JsonObject awaitPresence(String userId, String status) {
        return awaitEphemeral("presence:user " + userId + " " + status, f -> "presence:user".equals(f.getString("event"))
                && userId.equals(f.getJsonObject("data").getString("userId"))
                && status.equals(f.getJsonObject("data").getString("status")));
    }

    /** The ephemeral frames ({@code typing:user}, {@code presence:user}) received so far and not taken. */
    public java.util.List<JsonObject> takeEphemeral() {
        java.util.List<JsonObject> all = new java.util.ArrayList<>();
        ephemeral.drainTo(all);
        return all;
    }

    /** How the server closed the connection; fails if it does not within {@link #WAIT}. */
    public Closed awaitClose() {
        try {
            return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the server did not close the connection", e);
        }
    }

    /** What {@link #awaitEnd} answers when the connection was reset instead of closed with a code. */
    public static final int RESET = -1;

    /** The close code, or {@link #RESET} when the connection broke without one; fails if it goes on. */
    public int awaitEnd() {
        try {
            return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS).code();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            return RESET;
        } catch (TimeoutException e) {
            throw new AssertionError("the connection is still open", e);
        }
    }

    /** The {@code seq} of every frame received so far, in order of arrival (-1 where missing). */
    public java.util.List<Long> seqs() {
        return java.util.List.copyOf(seqs);
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try (var reader = Json.createReader(new StringReader(partial.toString()))) {
                    JsonObject frame = reader.readObject();
                    String event = frame.getString("event", null);
                    if ("presence:user".equals(event) || "typing:user".equals(event)) {
                        ephemeral.add(frame);
                    } else if ("presence:users".equals(event)) {
                        // several changes announced together: taken as the presence:user each of them would be
                        for (JsonObject user : frame.getJsonObject("data").getJsonArray("users")
                                .getValuesAs(JsonObject.class)) {
                            ephemeral.add(Json.createObjectBuilder().add("event", "presence:user").add("data", user)
                                    .add("batched", true).build());
                        }
                    } else {
                        seqs.add(frame.containsKey("seq") ? frame.getJsonNumber("seq").longValue() : -1L);
                        frames.add(frame);
                    }
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
