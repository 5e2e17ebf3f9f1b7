package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The REST API as a program uses it, against the real WAR on Payara Micro and PostgreSQL. */
class RestApiIT extends ParleyDeployment {

    private Api api() {
        return new Api(base);
    }

    @Test
    void aPersonSignsUpSignsInAndSeesThemselves() {
        Api api = api();
        String name = "ada_" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply registered = api.post("/api/auth/register", null,
                "{\"email\":\"" + name + "@Example.test\",\"username\":\"" + name + "\",\"password\":\"s3cret-enough\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        JsonObject body = registered.json();
        assertThat(body.getJsonObject("user").getString("username")).isEqualTo(name);
        assertThat(body.getJsonObject("user").getString("email")).isEqualTo(name + "@example.test");
        assertThat(body.getJsonObject("user")).doesNotContainKey("passwordHash");
        assertThat(body.getString("accessToken")).contains(".");
        assertThat(body.getString("refreshToken")).isNotBlank();
        assertThat(body.getJsonNumber("expiresIn").longValue()).isPositive();

        for (String login : List.of(name, name.toUpperCase(), name + "@example.test")) {
            Api.Reply in = api.post("/api/auth/login", null,
                    "{\"login\":\"" + login + "\",\"password\":\"s3cret-enough\"}");
            assertThat(in.status()).as(in.toString()).isEqualTo(200);
            String token = in.json().getString("accessToken");
            Api.Reply me = api.get("/api/users/me", token);
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json().getString("id")).isEqualTo(body.getJsonObject("user").getString("id"));
        }
    }

    @Test
    void wrongPasswordsAndMissingTokensAreRefused() {
        Api api = api();
        Api.User user = api.signUp("bob");
        Api.Reply wrong = api.post("/api/auth/login", null,
                "{\"login\":\"" + user.username() + "\",\"password\":\"not-the-password\"}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.json().getString("type")).endsWith("/not-authenticated");

        assertThat(api.get("/api/users/me", null).status()).isEqualTo(401);
        assertThat(api.get("/api/servers", null).status()).isEqualTo(401);
        String forged = user.token().substring(0, user.token().lastIndexOf('.') + 1) + "AAAA";
        for (String bad : List.of("not.a.token", forged)) {
            Api.Reply refused = api.get("/api/users/me", bad);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getString("type")).endsWith("/not-authenticated");
        }
        Api.Reply unknown = api.get("/api/no/such/thing", user.token());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        Api.Reply wrongMethod = api.send(api.request("/api/users/me", user.token()).DELETE().build());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
        Api.Reply wrongType = api.send(api.request("/api/auth/login", null).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");
        Api.Reply page = api.getAs("/no-such-page", "text/html");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Back to Parley").doesNotContain("Payara");
    }

    @Test
    void takenNamesAreAConflictNamingTheField() {
        Api api = api();
        Api.User first = api.signUp("carol");
        Api.Reply again = api.post("/api/auth/register", null, "{\"email\":\"other-" + first.username()
                + "@example.test\",\"username\":\"" + first.username().toUpperCase() + "\",\"password\":\"long enough pw\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().getJsonObject("fields").keySet()).containsExactly("username");
    }

    @Test
    void badInputIsA400ListingTheFieldsAndStoresNothing() {
        Api api = api();
        String name = "dave_" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply invalid = api.post("/api/auth/register", null,
                "{\"email\":\"not-an-email\",\"username\":\"<script>alert(1)</script>\",\"password\":\"short\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        JsonObject problem = invalid.json();
        assertThat(problem.getString("type")).endsWith("/invalid-input");
        assertThat(problem.getJsonObject("fields").keySet()).contains("email", "username", "password");
        assertThat(invalid.body()).doesNotContain("Exception").doesNotContain("at dev.parley");

        for (String body : List.of("{not json", "", "[]", "{\"email\": 5}")) {
            Api.Reply r = api.post("/api/auth/register", null, body);
            assertThat(r.status()).as(body + " -> " + r).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }

        Api.Reply huge = api.post("/api/auth/register", null, "{\"email\":\"" + name + "@example.test\",\"username\":\""
                + name + "\",\"password\":\"" + "x".repeat(10_000) + "\"}");
        assertThat(huge.status()).isEqualTo(400);
        Api.Reply notStored = api.post("/api/auth/login", null, "{\"login\":\"" + name + "\",\"password\":\"x\"}");
        assertThat(notStored.status()).isEqualTo(401);

        byte[] twoMegabytes = ("{\"email\":\"" + "a".repeat(2_000_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // refused before it is read into memory, whether its length is declared or it comes in chunks
        assertThat(api.rawPostStatusLine("/api/auth/register", twoMegabytes, false)).contains(" 413 ");
        assertThat(api.rawPostStatusLine("/api/auth/register", twoMegabytes, true)).contains(" 413 ");
    }

    @Test
    void aNewServerHasItsOwnerAsMemberAndAGeneralChannel() {
        Api api = api();
        Api.User owner = api.signUp("erin");
        Api.Reply created = api.post("/api/servers", owner.token(), "{\"name\":\"  Erin's place  \"}");
        assertThat(created.status()).isEqualTo(201);
        JsonObject server = created.json();
        assertThat(server.getString("name")).isEqualTo("Erin's place");
        assertThat(server.getString("ownerId")).isEqualTo(owner.id());
        String serverId = server.getString("id");

        assertThat(api.get("/api/servers", owner.token()).array())
                .extracting(v -> v.asJsonObject().getString("id")).contains(serverId);
        assertThat(api.get("/api/servers/" + serverId, owner.token()).json().getString("name")).isEqualTo("Erin's place");

        var channels = api.get("/api/servers/" + serverId + "/channels", owner.token()).array();
        assertThat(channels).hasSize(1);
        assertThat(channels.getJsonObject(0).getString("name")).isEqualTo("general");
        assertThat(channels.getJsonObject(0).getString("type")).isEqualTo("text");

        Api.Reply category = api.post("/api/servers/" + serverId + "/channels", owner.token(),
                "{\"name\":\"Projects\",\"type\":\"category\"}");
        assertThat(category.status()).isEqualTo(201);
        Api.Reply voice = api.post("/api/servers/" + serverId + "/channels", owner.token(),
                "{\"name\":\"Standup\",\"type\":\"voice\",\"parentId\":\"" + category.json().getString("id") + "\"}");
        assertThat(voice.status()).isEqualTo(201);
        assertThat(voice.json().getString("parentId")).isEqualTo(category.json().getString("id"));
        String voiceId = voice.json().getString("id");
        assertThat(api.get("/api/channels/" + voiceId, owner.token()).json().getString("type")).isEqualTo("voice");

        Api.Reply badType = api.post("/api/servers/" + serverId + "/channels", owner.token(),
                "{\"name\":\"x\",\"type\":\"stage\"}");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().getJsonObject("fields").keySet()).contains("type");
        Api.Reply badParent = api.post("/api/servers/" + serverId + "/channels", owner.token(),
                "{\"name\":\"x\",\"parentId\":\"" + voiceId + "\"}");
        assertThat(badParent.status()).isEqualTo(400);
        assertThat(api.get("/api/servers/" + serverId + "/channels", owner.token()).array()).hasSize(3);
    }

    @Test
    void outsidersSeeNothingOfAServer() {
        Api api = api();
        Api.User owner = api.signUp("frank");
        Api.User outsider = api.signUp("grace");
        String serverId = api.createServer(owner, "private");
        String channelId = api.firstChannel(owner, serverId);
        api.post("/api/channels/" + channelId + "/messages", owner.token(), "{\"content\":\"secret plans\"}");

        assertThat(api.get("/api/servers/" + serverId, outsider.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/servers/" + serverId + "/channels", outsider.token()).status()).isEqualTo(404);
        assertThat(api.post("/api/servers/" + serverId + "/channels", outsider.token(), "{\"name\":\"mine\"}").status())
                .isEqualTo(404);
        assertThat(api.get("/api/channels/" + channelId, outsider.token()).status()).isEqualTo(404);
        Api.Reply history = api.get("/api/channels/" + channelId + "/messages", outsider.token());
        assertThat(history.status()).isEqualTo(404);
        assertThat(history.body()).doesNotContain("secret plans");
        assertThat(api.post("/api/channels/" + channelId + "/messages", outsider.token(), "{\"content\":\"hi\"}").status())
                .isEqualTo(404);
        assertThat(api.post("/api/servers/" + serverId + "/invite", outsider.token(), "{}").status()).isEqualTo(404);
        assertThat(api.get("/api/servers", outsider.token()).array()).isEmpty();
        assertThat(api.get("/api/servers/not-a-uuid", outsider.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/servers/" + UUID.randomUUID(), outsider.token()).status()).isEqualTo(404);
    }

    @Test
    void anInviteLetsASecondPersonJoinAndChat() {
        Api api = api();
        Api.User owner = api.signUp("heidi");
        Api.User friend = api.signUp("ivan");
        String serverId = api.createServer(owner, "friends");
        Api.Reply invite = api.post("/api/servers/" + serverId + "/invite", owner.token(), "{\"maxUses\":1}");
        assertThat(invite.status()).isEqualTo(201);
        String code = invite.json().getString("code");
        assertThat(code).hasSizeGreaterThanOrEqualTo(8);

        Api.Reply joined = api.post("/api/servers/join/" + code, friend.token(), null);
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.json().getString("id")).isEqualTo(serverId);
        assertThat(api.get("/api/servers", friend.token()).array()).hasSize(1);

        String channelId = api.firstChannel(friend, serverId);
        assertThat(api.post("/api/channels/" + channelId + "/messages", friend.token(), "{\"content\":\"hello!\"}").status())
                .isEqualTo(201);
        assertThat(api.get("/api/channels/" + channelId + "/messages", owner.token()).array().getJsonObject(0)
                .getString("content")).isEqualTo("hello!");

        Api.User third = api.signUp("judy");
        assertThat(api.post("/api/servers/join/" + code, third.token(), null).status())
                .as("a one-use invite is used up").isEqualTo(404);
        assertThat(api.post("/api/servers/join/nonsense", third.token(), null).status()).isEqualTo(404);
        assertThat(api.post("/api/servers/join/" + "x".repeat(500), third.token(), null).status()).isEqualTo(404);
    }

    @Test
    void messagesArePostedOnceAndReadNewestFirstPageByPage() {
        Api api = api();
        Api.User owner = api.signUp("kim");
        String serverId = api.createServer(owner, "history");
        String channelId = api.firstChannel(owner, serverId);
        String path = "/api/channels/" + channelId + "/messages";

        Api.Reply first = api.post(path, owner.token(), "{\"content\":\"<script>alert('x')</script> ünïcødé 🎉\",\"nonce\":\"n-1\"}");
        assertThat(first.status()).isEqualTo(201);
        JsonObject message = first.json();
        assertThat(message.getString("content")).isEqualTo("<script>alert('x')</script> ünïcødé 🎉");
        assertThat(message.getString("channelId")).isEqualTo(channelId);
        assertThat(message.getJsonObject("author").getString("id")).isEqualTo(owner.id());
        assertThat(message.getJsonObject("author").getString("username")).isEqualTo(owner.username());
        assertThat(message.getJsonObject("author").getString("displayName")).isEqualTo(owner.username());
        assertThat(message.getString("createdAt")).isNotBlank();

        Api.Reply again = api.post(path, owner.token(), "{\"content\":\"<script>alert('x')</script> ünïcødé 🎉\",\"nonce\":\"n-1\"}");
        assertThat(again.json().getString("id")).isEqualTo(message.getString("id"));

        for (int i = 1; i <= 7; i++) {
            assertThat(api.post(path, owner.token(), "{\"content\":\"message " + i + "\"}").status()).isEqualTo(201);
        }
        var all = api.get(path, owner.token()).array();
        assertThat(all).hasSize(8);
        assertThat(all.getJsonObject(0).getString("content")).isEqualTo("message 7");
        assertThat(all.getJsonObject(7).getString("id")).isEqualTo(message.getString("id"));
        assertThat(all.getJsonObject(7)).as("history shows a message exactly as posting answered it").isEqualTo(message);

        var page1 = api.get(path + "?limit=3", owner.token()).array();
        assertThat(page1).extracting(v -> v.asJsonObject().getString("content"))
                .containsExactly("message 7", "message 6", "message 5");
        var page2 = api.get(path + "?limit=3&before=" + page1.getJsonObject(2).getString("id"), owner.token()).array();
        assertThat(page2).extracting(v -> v.asJsonObject().getString("content"))
                .containsExactly("message 4", "message 3", "message 2");
        var newer = api.get(path + "?limit=2&after=" + page2.getJsonObject(0).getString("id"), owner.token()).array();
        assertThat(newer).extracting(v -> v.asJsonObject().getString("content"))
                .containsExactly("message 6", "message 5");

        for (String bad : List.of("?limit=0", "?limit=101", "?limit=abc", "?before=xyz", "?before=" + UUID.randomUUID()
                + "&after=" + UUID.randomUUID())) {
            Api.Reply r = api.get(path + bad, owner.token());
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        for (String bad : List.of("{\"content\":\"\"}", "{\"content\":\"   \"}", "{}",
                "{\"content\":\"" + "y".repeat(4001) + "\"}")) {
            Api.Reply r = api.post(path, owner.token(), bad);
            assertThat(r.status()).as(bad.length() > 50 ? "too long" : bad).isEqualTo(400);
            assertThat(r.json().getJsonObject("fields").keySet()).contains("content");
        }
        assertThat(api.get(path, owner.token()).array()).hasSize(8);
    }

    @Test
    void aNulOrBrokenUnicodeInAnyTextFieldIsA400NamingTheField() {
        Api api = api();
        Api.User owner = api.signUp("nul");
        String serverId = api.createServer(owner, "nul");
        String channelId = api.firstChannel(owner, serverId);
        String nul = "\\u0000";
        assertRefused(api.post("/api/auth/register", null, "{\"email\":\"n" + nul + "@example.test\",\"username\":\"a" + nul
                + "b\",\"password\":\"long enough" + nul + "\"}"), "invalid-input", "email", "username", "password");
        assertRefused(api.post("/api/auth/login", null, "{\"login\":\"" + owner.username() + nul + "\",\"password\":\"x"
                + nul + "\"}"), "invalid-input", "login", "password");
        assertRefused(api.post("/api/auth/refresh", null, "{\"refreshToken\":\"" + nul + "\"}"), "invalid-input",
                "refreshToken");
        assertRefused(api.post("/api/servers", owner.token(), "{\"name\":\"a" + nul + "\"}"), "invalid-input", "name");
        assertRefused(api.post("/api/servers/" + serverId + "/channels", owner.token(), "{\"name\":\"a" + nul
                + "\",\"topic\":\"t" + nul + "\"}"), "invalid-input", "name", "topic");
        String messages = "/api/channels/" + channelId + "/messages";
        Api.Reply content = api.post(messages, owner.token(), "{\"content\":\"hi" + nul + "\",\"nonce\":\"" + nul + "\"}");
        assertRefused(content, "invalid-input", "content", "nonce");
        assertThat(content.json().getJsonObject("fields").getString("content")).isEqualTo("must not contain NUL characters");
        Api.Reply surrogate = api.post(messages, owner.token(), "{\"content\":\"\\ud800\"}");
        assertRefused(surrogate, "invalid-input", "content");
        assertThat(surrogate.json().getJsonObject("fields").getString("content")).isEqualTo("must be valid Unicode text");
        assertThat(api.get(messages, owner.token()).array()).isEmpty();
    }

    @Test
    void textOfOnlyInvisibleCharactersIsBlank() {
        Api api = api();
        Api.User owner = api.signUp("blank");
        String serverId = api.createServer(owner, "blank");
        String channelId = api.firstChannel(owner, serverId);
        for (String invisible : List.of("\\u200b", "\\u00a0", "\\u200c\\u200d\\u2060", "\\ufeff", "\\u3000\\u2007")) {
            Api.Reply server = api.post("/api/servers", owner.token(), "{\"name\":\"" + invisible + "\"}");
            assertRefused(server, "invalid-input", "name");
            assertThat(server.json().getJsonObject("fields").getString("name")).isEqualTo("must not be blank");
            assertRefused(api.post("/api/servers/" + serverId + "/channels", owner.token(), "{\"name\":\"" + invisible + "\"}"),
                    "invalid-input", "name");
            assertRefused(api.post("/api/channels/" + channelId + "/messages", owner.token(),
                    "{\"content\":\"" + invisible + "\"}"), "invalid-input", "content");
        }
        assertThat(api.get("/api/servers", owner.token()).array()).hasSize(1);
        Api.Reply spaced = api.post("/api/channels/" + channelId + "/messages", owner.token(),
                "{\"content\":\"  \\u00a0visible\\u200b \\n\"}");
        assertThat(spaced.status()).isEqualTo(201);
        assertThat(spaced.json().getString("content")).as("stripped as before: ASCII and Unicode whitespace, not NBSP")
                .isEqualTo("\u00a0visible\u200b");
    }

    @Test
    void bodiesAreReadAsWrittenNotCoerced() {
        Api api = api();
        Api.User owner = api.signUp("strict");
        String serverId = api.createServer(owner, "strict");
        String invite = "/api/servers/" + serverId + "/invite";
        for (String value : List.of("\"5\"", "1.5", "1e309", "2147483648", "true", "[5]")) {
            Api.Reply r = api.post(invite, owner.token(), "{\"maxUses\":" + value + "}");
            assertRefused(r, "invalid-input", "maxUses");
            assertThat(r.json().getJsonObject("fields").getString("maxUses")).startsWith("must be a whole number");
        }
        assertThat(api.post(invite, owner.token(), "{\"maxUses\":5}").json().getInt("maxUses")).isEqualTo(5);
        assertThat(api.post(invite, owner.token(), "").status()).as("the body is optional").isEqualTo(201);

        Api.Reply numberAsName = api.post("/api/auth/register", null,
                "{\"email\":\"num@example.test\",\"username\":12345,\"password\":\"long enough pw\"}");
        assertRefused(numberAsName, "invalid-input", "username");
        assertThat(numberAsName.json().getJsonObject("fields").getString("username")).isEqualTo("must be a string");
        assertThat(api.post("/api/auth/login", null, "{\"login\":\"12345\",\"password\":\"long enough pw\"}").status())
                .as("nothing was registered").isEqualTo(401);
        String channelId = api.firstChannel(owner, serverId);
        assertRefused(api.post("/api/channels/" + channelId + "/messages", owner.token(), "{\"content\":\"hi\",\"nonce\":5}"),
                "invalid-input", "nonce");
        assertRefused(api.post("/api/servers/" + serverId + "/channels", owner.token(), "{\"name\":\"x\",\"parentId\":\"zz\"}"),
                "invalid-input", "parentId");

        String login = "{\"login\":\"" + owner.username() + "\",\"password\":\"correct horse battery\"}";
        assertThat(api.post("/api/auth/login", null, login).status()).isEqualTo(200);
        Api.Reply trailing = api.post("/api/auth/login", null, login + " garbage");
        assertRefused(trailing, "malformed-json", "body");
        assertThat(trailing.json().getJsonObject("fields").getString("body")).isEqualTo("has more text after the JSON value");
        assertRefused(api.post("/api/auth/login", null, login + login), "malformed-json", "body");
        Api.Reply duplicate = api.post("/api/auth/login", null, "{\"login\":\"nobody\",\"login\":\"" + owner.username()
                + "\",\"password\":\"correct horse battery\"}");
        assertRefused(duplicate, "malformed-json", "body");
        assertThat(duplicate.json().getJsonObject("fields").getString("body")).isEqualTo("repeats the key \"login\"");
        assertRefused(api.post("/api/auth/login", null, "[" .repeat(50_000)), "malformed-json", "body");
        assertRefused(api.post("/api/auth/login", null, "\"just a string\""), "malformed-json", "body");
        assertThat(api.post("/api/channels/" + channelId + "/messages", owner.token(), "null").json().getString("type"))
                .endsWith("/invalid-input");
    }

    @Test
    void nastyTextIsStoredAsTypedAndOthersIdsLeadNowhere() {
        Api api = api();
        Api.User owner = api.signUp("nasty");
        Api.User other = api.signUp("other");
        String serverId = api.createServer(owner, "'; drop table messages; --");
        assertThat(api.get("/api/servers/" + serverId, owner.token()).json().getString("name"))
                .isEqualTo("'; drop table messages; --");
        String channelId = api.firstChannel(owner, serverId);
        String path = "/api/channels/" + channelId + "/messages";
        for (String text : List.of("<img src=x onerror=alert(1)>", "' OR 1=1 --", "\u202eevil", "ﷺ𝕏👩‍👩‍👧", "%00 %ff")) {
            Api.Reply posted = api.postJson(path, owner.token(), jakarta.json.Json.createObjectBuilder().add("content", text).build());
            assertThat(posted.status()).as(text).isEqualTo(201);
            assertThat(posted.json().getString("content")).isEqualTo(text);
        }
        String otherServer = api.createServer(other, "theirs");
        String otherChannel = api.firstChannel(other, otherServer);
        assertThat(api.post("/api/servers/" + serverId + "/channels", owner.token(), "{\"name\":\"x\",\"parentId\":\""
                + otherChannel + "\"}").status()).as("a parent from another server").isEqualTo(400);
        assertThat(api.get("/api/channels/" + otherChannel + "/messages", owner.token()).status()).isEqualTo(404);
        assertThat(api.get(path + "?before=" + otherChannel, other.token()).status()).isEqualTo(404);
        assertThat(api.post("/api/servers/" + otherServer + "/invite", owner.token(), "{}").status()).isEqualTo(404);
        Api.Reply empty = api.send(api.request(path, owner.token()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertRefused(empty, "invalid-input", "body");
    }

    @Test
    void aMalformedUriIsAnsweredWithProblemJson() throws java.io.IOException {
        for (String path : List.of("/api/servers/%00", "/api/%ff", "/api/%zz", "/%c3")) {
            String answer = raw("GET " + base.getPath().replaceAll("/$", "") + path + " HTTP/1.1\r\nHost: "
                    + base.getHost() + "\r\n\r\n");
            assertThat(answer).as(path).startsWith("HTTP/1.1 400");
            assertThat(answer).as(path).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(answer).as(path).contains("\r\n\r\n{\"type\":\"https://parley.dev/problems/malformed-uri\","
                    + "\"title\":\"Malformed URI\",\"status\":400,\"detail\":\"The path");
        }
        assertThat(raw("GET " + base.getPath().replaceAll("/$", "") + "/api/%e2%82%ac HTTP/1.1\r\nHost: x\r\n"
                + "Connection: close\r\n\r\n")).as("a well-formed path that leads nowhere").startsWith("HTTP/1.1 404");
    }

    /** One request over a plain socket (an HTTP client would refuse to send these URIs); read until the server closes. */
    private String raw(String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static void assertRefused(Api.Reply reply, String type, String... fields) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).as(reply.toString()).isEqualTo("https://parley.dev/problems/" + type);
        assertThat(reply.json().getJsonObject("fields").keySet()).as(reply.toString()).containsExactlyInAnyOrder(fields);
    }

    @Test
    void aRefreshTokenWorksOnceAndItsReuseEndsTheSignIn() {
        Api api = api();
        String name = "leo_" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject signedUp = api.post("/api/auth/register", null, "{\"email\":\"" + name + "@example.test\",\"username\":\""
                + name + "\",\"password\":\"long enough pw\"}").json();
        String refresh = signedUp.getString("refreshToken");
        Api.Reply rotated = api.post("/api/auth/refresh", null, "{\"refreshToken\":\"" + refresh + "\"}");
        assertThat(rotated.status()).isEqualTo(200);
        String next = rotated.json().getString("refreshToken");
        assertThat(next).isNotEqualTo(refresh);
        assertThat(api.get("/api/users/me", rotated.json().getString("accessToken")).status()).isEqualTo(200);

        assertThat(api.post("/api/auth/refresh", null, "{\"refreshToken\":\"" + refresh + "\"}").status()).isEqualTo(401);
        assertThat(api.post("/api/auth/refresh", null, "{\"refreshToken\":\"" + next + "\"}").status())
                .as("reuse of a rotated token revokes the family").isEqualTo(401);
    }

    @Test
    void theApiIsDescribedAndTheServerReportsHealthAndMetrics() {
        Api api = api();
        Api.Reply openapi = api.getAs("/openapi", "application/json");
        assertThat(openapi.status()).isEqualTo(200);
        JsonObject paths = openapi.json().getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/auth/register", "/api/auth/login", "/api/users/me", "/api/servers",
                "/api/servers/{id}", "/api/servers/{id}/invite", "/api/servers/join/{code}",
                "/api/servers/{serverId}/channels", "/api/channels/{id}", "/api/channels/{channelId}/messages");
        assertThat(openapi.json().getJsonObject("components").getJsonObject("schemas").keySet())
                .contains("AuthResult", "AccountView", "ServerView", "ChannelView", "MessageView", "Problem");

        Api.Reply swagger = api.getAs("/api-docs/", "text/html");
        assertThat(swagger.status()).isEqualTo(200);
        assertThat(swagger.body()).contains("swagger-ui");
        Api.Reply bundle = api.getAs("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js", "*/*");
        assertThat(bundle.status()).isEqualTo(200);

        Api.Reply ready = api.get("/health/ready", null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().getJsonArray("checks").getValuesAs(JsonObject.class))
                .anySatisfy(c -> assertThat(c.getString("name")).isEqualTo("database"));

        Api.Reply metrics = api.getAs("/metrics", "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
    }

    /**
     * The served document as it is, but for {@code servers} (this run's random port). It is also
     * written to {@code target/openapi-served.yaml}, the file to refresh {@code docs/openapi.yaml}
     * from (see docs/api.md).
     */
    private String liveOpenApiJson() throws Exception {
        String yaml = api().getAs("/openapi", "text/plain").body(); // Payara serves YAML as text/plain
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi-served.yaml"), yaml);
        var live = (com.fasterxml.jackson.databind.node.ObjectNode) io.swagger.v3.core.util.Json.mapper()
                .readTree(api().getAs("/openapi", "application/json").body());
        live.remove("servers");
        return live.toString();
    }

    @Test
    void theLiveOpenApiDocumentHasOnlyOpenApisKeysAndTypedObjectSchemas() throws Exception {
        var live = io.swagger.v3.core.util.Json.mapper().readTree(liveOpenApiJson());
        var keys = new java.util.ArrayList<String>();
        live.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).as("OpenAPI 3.0's top-level fields (Payara's 'endpoints' is not one)")
                .isSubsetOf("openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs");
        var schemas = live.get("components").get("schemas");
        schemas.fieldNames().forEachRemaining(name -> {
            var schema = schemas.get(name);
            assertThat(schema.path("type").asText()).as(name + " " + schema).isEqualTo("object");
            assertThat(schema.has("maxProperties")).as(name + " allows no property: " + schema).isFalse();
        });
    }

    @Test
    void theLiveOpenApiDocumentPassesOpenApiGeneratorsValidation() throws Exception {
        String live = liveOpenApiJson();
        var options = new io.swagger.v3.parser.core.models.ParseOptions();
        options.setResolve(true);
        var parsed = new io.swagger.parser.OpenAPIParser().readContents(live, null, options);
        // what `openapi-generator validate` reports as errors: the parser's messages and the evaluator's errors
        List<String> errors = new java.util.ArrayList<>(parsed.getMessages());
        var rules = new org.openapitools.codegen.validations.oas.RuleConfiguration();
        rules.setEnableRecommendations(false);
        new org.openapitools.codegen.validations.oas.OpenApiEvaluator(rules).validate(parsed.getOpenAPI()).getErrors()
                .forEach(e -> errors.add(e.getMessage() + ": " + e.getDetails()));
        assertThat(errors).as(live).isEmpty();

        var operationIds = new java.util.ArrayList<String>();
        parsed.getOpenAPI().getPaths().values().forEach(p -> p.readOperations().forEach(o -> operationIds.add(o.getOperationId())));
        assertThat(operationIds).doesNotHaveDuplicates().containsExactlyInAnyOrder("register", "login", "refreshTokens",
                "logout", "verifyEmail", "resendVerificationEmail", "forgotPassword", "resetPassword", "getCurrentUser", "listServers", "createServer", "getServer", "listServerChannels",
                "createChannel", "createInvite", "joinServer", "getChannel", "listChannelMessages", "postMessage",
                "putChannelOverwrite", "deleteChannelOverwrite", "getMessage", "editMessage", "deleteMessage",
                "listMessageEdits", "replyToMessage", "pinMessage", "unpinMessage", "listChannelPins", "addReaction",
                "removeReaction", "listReactionUsers", "markChannelRead", "getUnread", "openDm", "listDms", "getDm", "leaveDm",
                "listBlocks", "blockUser", "unblockUser", "startThread", "listThreads", "renameThread", "startTyping", "getPresence",
                "setPresence",
                // sign-ins and the installation's settings (docs/accounts.md)
                "listSessions", "revokeSession", "revokeOtherSessions", "getInstanceSettings", "updateInstanceSettings",
                // single sign-on (docs/identity-providers.md)
                "startSsoSignIn", "finishSsoSignIn", "oidcBackchannelLogout", "getSsoGroupRoles", "replaceSsoGroupRoles",
                // profiles, passwords, the installation's audit log and accounts (docs/accounts.md)
                "updateCurrentUser", "changePassword", "getUser", "getInstallationAuditLog", "updateUserStatus",
                // auto-moderation
                "listAutomodRules", "createAutomodRule", "getAutomodRule", "updateAutomodRule", "deleteAutomodRule",
                // roles and permissions (docs/api.md)
                "listRoles", "createRole", "updateRole", "deleteRole", "reorderRoles", "addMemberRole", "removeMemberRole",
                "explainPermission",
                // servers, invites, members and channels
                "updateServer", "putServer", "deleteServer", "transferServer", "listInvites", "previewInvite", "deleteInvite",
                "listMembers", "getMember", "leaveServer", "updateChannel", "deleteChannel", "reorderChannels",
                // moderation
                "kickMember", "updateMember", "banUser", "unbanUser", "listBans", "getAuditLog");
    }

    @Test
    void theCheckedInContractIsWhatTheServerDescribes() throws Exception {
        var yaml = io.swagger.v3.core.util.Yaml.mapper();
        com.fasterxml.jackson.databind.JsonNode live = io.swagger.v3.core.util.Json.mapper().readTree(liveOpenApiJson());
        java.io.File contract = new java.io.File(System.getProperty("parley.openapi", "../docs/openapi.yaml"));
        assertThat(live).as("docs/openapi.yaml is stale: replace it with GET /openapi (without 'servers'),"
                + " see docs/api.md").isEqualTo(yaml.readTree(contract));
    }

    @Test
    void aClientGeneratedFromTheContractSignsUpSignsInAndPosts() throws Exception {
        var client = new dev.parley.client.ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setHttpClientBuilder(java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1));
        var auth = new dev.parley.client.api.AuthApi(client);
        String name = "gen_" + UUID.randomUUID().toString().substring(0, 8);
        var registered = auth.register("generated-client", new dev.parley.client.model.Registration()
                .email(name + "@example.test").username(name).password("generated client pw"));
        assertThat(registered.getUser().getUsername()).isEqualTo(name);
        var signedIn = auth.login("generated-client",
                new dev.parley.client.model.Credentials().login(name).password("generated client pw"));
        assertThat(signedIn.getUser().getId()).isEqualTo(registered.getUser().getId());

        String token = signedIn.getAccessToken();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        assertThat(new dev.parley.client.api.UsersApi(client).getCurrentUser().getUsername()).isEqualTo(name);
        var servers = new dev.parley.client.api.ServersApi(client);
        var server = servers.createServer(new dev.parley.client.model.NewServer().name("generated"));
        var channels = new dev.parley.client.api.ChannelsApi(client).listServerChannels(server.getId());
        var general = channels.get(0).getId();
        var messages = new dev.parley.client.api.MessagesApi(client);
        var posted = messages.postMessage(general, new dev.parley.client.model.Draft().content("from a generated client")
                .nonce("gen-1"));
        assertThat(posted.getContent()).isEqualTo("from a generated client");
        assertThat(posted.getAuthor().getId()).isEqualTo(registered.getUser().getId());
        assertThat(messages.listChannelMessages(general, null, null, null, null)).extracting(m -> m.getId())
                .containsExactly(posted.getId());

        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(dev.parley.client.ApiException.class,
                () -> messages.postMessage(general, new dev.parley.client.model.Draft().content("\u200b")));
        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(refused.getResponseBody()).contains("/invalid-input", "\"content\"");
    }

    @Test
    void theDatabaseHasTheSeedsSchemaAndSearchesMessageText() throws Exception {
        Api api = api();
        Api.User owner = api.signUp("sam");
        String channelId = api.firstChannel(owner, api.createServer(owner, "schema"));
        api.post("/api/channels/" + channelId + "/messages", owner.token(), "{\"content\":\"the quarterly reports are ready\"}");

        String url = "jdbc:postgresql://" + System.getenv("PARLEY_DB_HOST") + ":" + System.getenv("PARLEY_DB_PORT") + "/"
                + System.getenv("PARLEY_DB_NAME");
        try (var db = java.sql.DriverManager.getConnection(url, System.getenv("PARLEY_DB_USER"),
                System.getenv("PARLEY_DB_PASSWORD"))) {
            List<String> tables = strings(db, "select table_name from information_schema.tables where table_schema = 'public'");
            assertThat(tables).contains("users", "servers", "channels", "messages", "roles", "user_roles",
                    "dm_conversations", "dm_participants", "attachments", "user_sessions", "server_members", "invites",
                    "channel_overwrites");
            List<String> indexes = strings(db, "select indexname from pg_indexes where schemaname = 'public'");
            assertThat(indexes).contains("idx_messages_channel_created", "idx_messages_user", "idx_messages_content_fts",
                    "idx_users_username", "idx_users_status", "idx_channels_server", "idx_channels_parent",
                    "idx_user_sessions");
            assertThat(strings(db, "select indexdef from pg_indexes where indexname = 'idx_messages_content_fts'"))
                    .singleElement().asString().contains("USING gin");
            assertThat(strings(db, "select data_type from information_schema.columns where table_name = 'roles'"
                    + " and column_name = 'permissions'")).containsExactly("bigint");
            assertThat(strings(db, "select content from messages where search_vector @@ websearch_to_tsquery('english',"
                    + " 'quarterly report') and channel_id = '" + channelId + "'"))
                    .containsExactly("the quarterly reports are ready");
            assertThat(strings(db, "select password_hash from users where id = '" + owner.id() + "'"))
                    .singleElement().asString().startsWith("$2a$");
        }
    }

    /** Seeds {@code n} messages with time-ordered ids from {@code baseMillis} on (version-7 layout). */
    private static void seed(java.sql.Connection db, String channelId, String userId, int n, long baseMillis)
            throws java.sql.SQLException {
        try (var insert = db.prepareStatement("insert into messages (id, channel_id, user_id, content, message_type,"
                + " created_at, updated_at) select (substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-7000-8000-'"
                + " || lpad(to_hex(g), 12, '0'))::uuid, ?::uuid, ?::uuid, 'seeded ' || g, 'text',"
                + " to_timestamp((? + g) / 1000.0), to_timestamp((? + g) / 1000.0)"
                + " from (select g, lpad(to_hex(? + g), 12, '0') as h from generate_series(1, ?) as g) as s")) {
            insert.setString(1, channelId);
            insert.setString(2, userId);
            insert.setLong(3, baseMillis);
            insert.setLong(4, baseMillis);
            insert.setLong(5, baseMillis);
            insert.setInt(6, n);
            insert.executeUpdate();
        }
    }

    private static String plan(java.sql.Connection db, String sql, Object... parameters) throws java.sql.SQLException {
        StringBuilder plan = new StringBuilder();
        try (var explain = db.prepareStatement("explain " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                explain.setObject(i + 1, parameters[i]);
            }
            try (var rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }

    @Test
    void theNewestPageOfAQuietChannelIsReadFromItsOwnIndexNotBehindNewerMessagesElsewhere() throws Exception {
        Api api = api();
        Api.User owner = api.signUp("quiet");
        String quiet = api.firstChannel(owner, api.createServer(owner, "quiet"));
        String busy = api.firstChannel(owner, api.createServer(owner, "busy"));
        String url = "jdbc:postgresql://" + System.getenv("PARLEY_DB_HOST") + ":" + System.getenv("PARLEY_DB_PORT") + "/"
                + System.getenv("PARLEY_DB_NAME");
        long now = System.currentTimeMillis();
        try (var db = java.sql.DriverManager.getConnection(url, System.getenv("PARLEY_DB_USER"),
                System.getenv("PARLEY_DB_PASSWORD"))) {
            // half of the table in a channel nobody posted in since yesterday, the newer half elsewhere
            seed(db, quiet, owner.id(), 40_000, now - 86_400_000L);
            seed(db, busy, owner.id(), 40_000, now - 60_000L);
            try (var st = db.createStatement()) {
                st.execute("analyze messages");
            }

            Api.Reply page = api.get("/api/channels/" + quiet + "/messages?limit=50", owner.token());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.array()).hasSize(50);
            assertThat(page.array().getJsonObject(0).getString("content")).isEqualTo("seeded 40000");
            assertThat(page.array().getJsonObject(49).getString("content")).isEqualTo("seeded 39951");

            UUID channel = UUID.fromString(quiet);
            UUID reader = UUID.fromString(owner.id());
            String newest = plan(db, dev.parley.message.control.MessageStore.pageSql(false, false), reader, channel,
                    channel, 50);
            String older = plan(db, dev.parley.message.control.MessageStore.pageSql(true, false), reader, channel, channel,
                    UUID.fromString(page.array().getJsonObject(49).getString("id")), 50);
            String newer = plan(db, dev.parley.message.control.MessageStore.pageSql(false, true), reader, channel, channel,
                    UUID.fromString(page.array().getJsonObject(49).getString("id")), 50);
            for (String plan : List.of(newest, older, newer)) {
                // the page's own rows by the channel's index; the primary key only to look up a replied-to message
                assertThat(plan).contains("idx_messages_channel_id on messages m ")
                        .doesNotContain("messages_pkey on messages m ");
            }
        }
    }

    private static List<String> strings(java.sql.Connection db, String sql) throws java.sql.SQLException {
        List<String> values = new java.util.ArrayList<>();
        try (var statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
