package dev.parley.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A small HTTP client for system tests: what any program using Parley's REST API would do. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            // plain HTTP/1.1 as browsers speak it over http:, without the JDK's h2c upgrade attempt
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    /** The client address this client claims through X-Forwarded-For (the test deployment trusts the test machine as a proxy); null: a new random one per request. */
    private final String clientAddress;

    public Api(URL base) {
        this(base, null);
    }

    private Api(URL base, String clientAddress) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.clientAddress = clientAddress;
    }

    /** A client that always comes from this address, as rate limits see it. */
    public static Api from(URL base, String clientAddress) {
        return new Api(base, clientAddress);
    }

    /** A random address in 10.0.0.0/8, as a client behind the proxy. */
    public static String randomAddress() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** An answer: status, content type and the body parsed as JSON when it is JSON. */
    public record Reply(int status, String contentType, String body) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public jakarta.json.JsonArray array() {
            return (jakarta.json.JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    public Reply get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    /** A GET asking for one media type, as a browser or a Prometheus scraper would. */
    public Reply getAs(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Accept", accept).GET().build());
    }

    /**
     * POSTs a body over a plain socket, with Content-Length or in chunks, and returns the status
     * line of the answer. The JDK client cannot: it reads no answer before it has sent the whole
     * body, and a server refusing a huge body answers early.
     */
    public String rawPostStatusLine(String path, byte[] body, boolean chunked) {
        URI target = uri(path);
        try (var socket = new java.net.Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(("POST " + target.getRawPath() + " HTTP/1.1\r\nHost: " + target.getHost()
                            + "\r\nContent-Type: application/json\r\n"
                            + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length) + "\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    if (!chunked) {
                        out.write(body);
                        return;
                    }
                    for (int at = 0; at < body.length; at += 8192) {
                        int n = Math.min(8192, body.length - at);
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                        out.write(body, at, n);
                        out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                } catch (IOException closedByServer) {
                    // expected once the server has answered and hung up
                }
            });
            writer.setDaemon(true);
            writer.start();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII));
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Reply post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)).build());
    }

    public Reply put(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)).build());
    }

    public Reply delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    /** Any method, with a JSON body when {@code json} is not null. */
    public Reply call(String method, String path, String token, String json) {
        HttpRequest.Builder b = request(path, token);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Posts a message and returns its id. */
    public String postMessage(User author, String channelId, String content) {
        Reply r = post("/api/channels/" + channelId + "/messages", author.token(),
                Json.createObjectBuilder().add("content", content).build().toString());
        if (r.status() != 201) {
            throw new AssertionError("post failed: " + r);
        }
        return r.json().getString("id");
    }

    public Reply postJson(String path, String token, JsonValue json) {
        return post(path, token, json.toString());
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("X-Forwarded-For", clientAddress != null ? clientAddress : randomAddress());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    /** A signed-up user: their id, name and access token. */
    public record User(String id, String username, String token) {
    }

    public User signUp(String prefix) {
        String username = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        Reply r = postJson("/api/auth/register", null, Json.createObjectBuilder()
                .add("email", username + "@example.test").add("username", username)
                .add("password", "correct horse battery").build());
        if (r.status() != 201) {
            throw new AssertionError("sign-up failed: " + r);
        }
        JsonObject body = r.json();
        return new User(body.getJsonObject("user").getString("id"), username, body.getString("accessToken"));
    }

    public String createServer(User owner, String name) {
        Reply r = postJson("/api/servers", owner.token(), Json.createObjectBuilder().add("name", name).build());
        if (r.status() != 201) {
            throw new AssertionError("create server failed: " + r);
        }
        return r.json().getString("id");
    }

    public String firstChannel(User member, String serverId) {
        return get("/api/servers/" + serverId + "/channels", member.token()).array().getJsonObject(0).getString("id");
    }

    public void join(User user, User inviter, String serverId) {
        String code = post("/api/servers/" + serverId + "/invite", inviter.token(), "{}").json().getString("code");
        Reply joined = post("/api/servers/join/" + code, user.token(), null);
        if (joined.status() != 200) {
            throw new AssertionError("join failed: " + joined);
        }
    }
}
