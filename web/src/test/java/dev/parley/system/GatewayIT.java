package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket gateway at {@code /gateway} as a client program uses it (docs/gateway.md),
 * against the real WAR on Payara Micro and PostgreSQL.
 */
class GatewayIT extends ParleyDeployment {

    private Api api() {
        return new Api(base);
    }

    private static JsonObject data(String... keysAndValues) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            b.add(keysAndValues[i], keysAndValues[i + 1]);
        }
        return b.build();
    }

    @Test
    void aClientAuthenticatesAndLearnsWhoItIsAndItsServers() {
        Api api = api();
        Api.User user = api.signUp("gw_ada");
        String serverId = api.createServer(user, "gateway home");

        try (GatewayClient client = GatewayClient.open(base)) {
            JsonObject hello = client.expect("hello");
            assertThat(hello.getJsonObject("data").getJsonNumber("heartbeatInterval").longValue())
                    .as("well inside the 60 s idle timeout").isBetween(1_000L, 30_000L);
            assertThat(hello).as("replies carry no seq").doesNotContainKey("seq");
            client.send("authenticate", data("token", user.token()));
            JsonObject frame = client.expect("authenticated");
            assertThat(frame).doesNotContainKey("seq");
            assertThat(frame.getJsonObject("data").getString("sessionId")).hasSize(36);
            JsonObject me = frame.getJsonObject("data").getJsonObject("user");
            assertThat(me.getString("id")).isEqualTo(user.id());
            assertThat(me.getString("username")).isEqualTo(user.username());
            assertThat(me).doesNotContainKey("passwordHash");
            JsonArray servers = frame.getJsonObject("data").getJsonArray("servers");
            assertThat(servers).hasSize(1);
            assertThat(servers.getJsonObject(0).getString("id")).isEqualTo(serverId);
            assertThat(servers.getJsonObject(0).getString("name")).isEqualTo("gateway home");

            client.send("heartbeat", JsonValue.EMPTY_JSON_OBJECT);
            assertThat(client.expect("heartbeat:ack")).doesNotContainKey("seq");
        }
    }

    @Test
    void aMessagePostedOverRestReachesEveryConnectedMemberAndNoOneElse() {
        Api api = api();
        Api.User owner = api.signUp("gw_bea");
        Api.User friend = api.signUp("gw_cal");
        Api.User outsider = api.signUp("gw_dan");
        String serverId = api.createServer(owner, "the lounge");
        api.join(friend, owner, serverId);
        api.createServer(outsider, "elsewhere");
        String channelId = api.firstChannel(owner, serverId);

        try (GatewayClient ownerWs = GatewayClient.signedIn(base, owner);
                GatewayClient friendWs = GatewayClient.signedIn(base, friend);
                GatewayClient outsiderWs = GatewayClient.signedIn(base, outsider)) {
            Api.Reply posted = api.post("/api/channels/" + channelId + "/messages", owner.token(),
                    "{\"content\":\"hello <b>gateway</b> 🎉\"}");
            assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
            String messageId = posted.json().getString("id");

            for (GatewayClient member : List.of(ownerWs, friendWs)) {
                JsonObject data = member.expect("message:new").getJsonObject("data");
                assertThat(data.getString("channelId")).isEqualTo(channelId);
                JsonObject message = data.getJsonObject("message");
                assertThat(message.getString("id")).isEqualTo(messageId);
                assertThat(message.getString("channelId")).isEqualTo(channelId);
                assertThat(message.getString("content")).isEqualTo("hello <b>gateway</b> 🎉");
                assertThat(message.getJsonObject("author").getString("id")).isEqualTo(owner.id());
                assertThat(message.getJsonObject("author").getString("username")).isEqualTo(owner.username());
                assertThat(message.getString("createdAt")).isNotBlank();
            }
            // delivery is queued before the POST answers, so it would be ahead of this heartbeat's ack
            assertThat(outsiderWs.drainWithHeartbeat()).as("the outsider sees nothing").isEmpty();
            assertThat(ownerWs.drainWithHeartbeat()).as("one message:new, not two").isEmpty();
        }
    }

    @Test
    void whenSomeoneJoinsTheConnectedMembersAreTold() {
        Api api = api();
        Api.User owner = api.signUp("gw_joe");
        Api.User newcomer = api.signUp("gw_kit");
        Api.User outsider = api.signUp("gw_lou");
        String serverId = api.createServer(owner, "welcome");
        try (GatewayClient ownerWs = GatewayClient.signedIn(base, owner);
                GatewayClient newcomerWs = GatewayClient.signedIn(base, newcomer);
                GatewayClient outsiderWs = GatewayClient.signedIn(base, outsider)) {
            api.join(newcomer, owner, serverId);
            for (GatewayClient member : List.of(ownerWs, newcomerWs)) {
                JsonObject data = member.expect("member:join").getJsonObject("data");
                assertThat(data.getString("serverId")).isEqualTo(serverId);
                assertThat(data.getJsonObject("user").getString("id")).isEqualTo(newcomer.id());
                assertThat(data.getJsonObject("user").getString("username")).isEqualTo(newcomer.username());
            }
            assertThat(outsiderWs.drainWithHeartbeat()).isEmpty();
        }
    }

    @Test
    void aMessageSentOverTheGatewayIsStoredOnceAndReachesTheOtherMembers() {
        Api api = api();
        Api.User owner = api.signUp("gw_eve");
        Api.User friend = api.signUp("gw_fay");
        String serverId = api.createServer(owner, "gateway chat");
        api.join(friend, owner, serverId);
        String channelId = api.firstChannel(owner, serverId);

        try (GatewayClient ownerWs = GatewayClient.signedIn(base, owner);
                GatewayClient friendWs = GatewayClient.signedIn(base, friend)) {
            JsonObject send = data("channelId", channelId, "content", "sent over the gateway", "nonce", "gw-1");
            friendWs.send("message:send", send);
            Map<String, JsonObject> toSender = byEvent(List.of(friendWs.next(), friendWs.next()));
            assertThat(toSender).containsOnlyKeys("message:ack", "message:new");
            JsonObject ack = toSender.get("message:ack").getJsonObject("data");
            assertThat(ack.getString("nonce")).isEqualTo("gw-1");
            JsonObject stored = ack.getJsonObject("message");
            assertThat(stored.getString("content")).isEqualTo("sent over the gateway");
            assertThat(stored.getJsonObject("author").getString("id")).isEqualTo(friend.id());
            assertThat(toSender.get("message:new").getJsonObject("data").getJsonObject("message").getString("id"))
                    .isEqualTo(stored.getString("id"));

            JsonObject toOwner = ownerWs.expect("message:new").getJsonObject("data");
            assertThat(toOwner.getString("channelId")).isEqualTo(channelId);
            assertThat(toOwner.getJsonObject("message").getString("id")).isEqualTo(stored.getString("id"));
            assertThat(toOwner.getJsonObject("message").getString("content")).isEqualTo("sent over the gateway");

            JsonArray history = api.get("/api/channels/" + channelId + "/messages", owner.token()).array();
            assertThat(history).hasSize(1);
            assertThat(history.getJsonObject(0).getString("id")).isEqualTo(stored.getString("id"));

            // the same nonce again: acknowledged with the first message, nothing new stored or sent
            friendWs.send("message:send", send);
            JsonObject again = friendWs.expect("message:ack").getJsonObject("data");
            assertThat(again.getJsonObject("message").getString("id")).isEqualTo(stored.getString("id"));
            // its author too (the insert that stored nothing brought none: read on their own)
            assertThat(again.getJsonObject("message").getJsonObject("author"))
                    .isEqualTo(stored.getJsonObject("author"));
            assertThat(stored.getJsonObject("author").getString("username")).isEqualTo(friend.username());
            assertThat(ownerWs.drainWithHeartbeat()).isEmpty();
            assertThat(friendWs.drainWithHeartbeat()).isEmpty();
            assertThat(api.get("/api/channels/" + channelId + "/messages", owner.token()).array()).hasSize(1);
        }
    }

    @Test
    void aBadFrameGetsAnErrorAndTheConnectionKeepsWorking() {
        Api api = api();
        Api.User user = api.signUp("gw_gus");
        String serverId = api.createServer(user, "mine");
        String channelId = api.firstChannel(user, serverId);
        Api.User stranger = api.signUp("gw_hal");
        String otherChannel = api.firstChannel(stranger, api.createServer(stranger, "not yours"));

        try (GatewayClient ws = GatewayClient.signedIn(base, user)) {
            assertThat(errorFor(ws, "{oops").getString("code")).isEqualTo("malformed-frame");
            assertThat(errorFor(ws, "[1,2,3]").getString("code")).isEqualTo("malformed-frame");
            assertThat(errorFor(ws, "{\"data\":{}}").getString("code")).isEqualTo("malformed-frame");
            assertThat(errorFor(ws, "{\"event\":\"hi\",\"data\":7}").getString("code")).isEqualTo("malformed-frame");
            assertThat(errorFor(ws, "{\"event\":\"nope\"}").getString("code")).isEqualTo("unknown-event");

            JsonObject empty = errorFor(ws, frame("message:send", data("channelId", channelId, "content", "  ",
                    "nonce", "n-empty")));
            assertThat(empty.getString("code")).isEqualTo("invalid-input");
            assertThat(empty.getInt("status")).isEqualTo(400);
            assertThat(empty.getJsonObject("fields").keySet()).contains("content");
            assertThat(empty.getString("nonce")).isEqualTo("n-empty");

            JsonObject nul = errorFor(ws, frame("message:send", data("channelId", channelId, "content", "a\u0000b")));
            assertThat(nul.getString("code")).isEqualTo("invalid-input");
            assertThat(nul.getJsonObject("fields").getString("content")).isEqualTo("must not contain NUL characters");
            JsonObject invisible = errorFor(ws, frame("message:send", data("channelId", channelId,
                    "content", "\u200b\u00a0\u2060")));
            assertThat(invisible.getJsonObject("fields").keySet()).as("only invisible characters").contains("content");
            JsonObject number = errorFor(ws, "{\"event\":\"message:send\",\"data\":{\"channelId\":\"" + channelId
                    + "\",\"content\":5}}");
            assertThat(number.getString("code")).isEqualTo("invalid-input");
            assertThat(number.getJsonObject("fields").keySet()).containsExactly("content");
            JsonObject nonceNumber = errorFor(ws, "{\"event\":\"message:send\",\"data\":{\"channelId\":\""
                    + channelId + "\",\"content\":\"hi\",\"nonce\":7}}");
            assertThat(nonceNumber.getJsonObject("fields").keySet()).containsExactly("nonce");
            assertThat(errorFor(ws, "{\"event\":\"heartbeat\"} and more").getString("code"))
                    .as("text after the frame").isEqualTo("malformed-frame");

            JsonObject noChannel = errorFor(ws, frame("message:send", data("content", "where to?")));
            assertThat(noChannel.getString("code")).isEqualTo("invalid-input");
            assertThat(noChannel.getJsonObject("fields").keySet()).contains("channelId");
            assertThat(errorFor(ws, frame("message:send", data("channelId", "xyz", "content", "hi")))
                    .getJsonObject("fields").keySet()).contains("channelId");

            JsonObject foreign = errorFor(ws, frame("message:send", data("channelId", otherChannel,
                    "content", "let me in")));
            assertThat(foreign.getString("code")).isEqualTo("not-found");
            assertThat(foreign.getInt("status")).isEqualTo(404);

            JsonObject someoneElse = errorFor(ws, frame("authenticate", data("token", stranger.token())));
            assertThat(someoneElse.getString("code")).isEqualTo("already-authenticated");
            ws.sendBinary(new byte[] {1, 2, 3});
            assertThat(ws.expect("error").getJsonObject("data").getString("code")).isEqualTo("malformed-frame");
            assertThat(errorFor(ws, "{\"event\":\"message:send\",\"data\":{\"channelId\":\"" + channelId
                    + "\",\"content\":\"a\",\"content\":\"b\"}}").getString("code"))
                    .as("a key given twice").isEqualTo("malformed-frame");

            assertThat(ws.drainWithHeartbeat()).as("the connection still works").isEmpty();
            assertThat(ws.isClosed()).isFalse();
            assertThat(api.get("/api/channels/" + otherChannel + "/messages", stranger.token()).array()).isEmpty();
            assertThat(api.get("/api/channels/" + channelId + "/messages", user.token()).array()).isEmpty();
        }
    }

    @Test
    void aFrameOverTheSizeLimitClosesTheConnectionWith1009() {
        Api.User user = api().signUp("gw_ida");
        try (GatewayClient ws = GatewayClient.signedIn(base, user)) {
            ws.send("message:send", data("channelId", "x", "content", "z".repeat(70 * 1024)));
            assertThat(ws.awaitClose()).isEqualTo(new GatewayClient.Closed(1009, "frame too large"));
        }
        for (int size : new int[] {200 * 1024, 1024 * 1024, 8 * 1024 * 1024}) {
            try (GatewayClient ws = GatewayClient.signedIn(base, user)) {
                // the server answers the frame's header with 1009 while the client is still writing; it
                // reads and drops the rest, so no reset destroys the close frame on its way
                ws.trySendText(frame("message:send", data("channelId", "x", "content", "z".repeat(size))));
                assertThat(ws.awaitEnd()).as(size + " bytes").isEqualTo(1009);
            }
        }
        try (GatewayClient ws = GatewayClient.signedIn(base, user)) {
            assertThat(ws.drainWithHeartbeat()).as("the server is fine").isEmpty();
        }
    }

    @Test
    void aWrongTokenGetsAnErrorAndTheConnectionIsClosed() {
        Api.User user = api().signUp("gw_jon");
        try (GatewayClient ws = GatewayClient.connect(base)) {
            ws.send("heartbeat", JsonValue.EMPTY_JSON_OBJECT);
            ws.expect("heartbeat:ack"); // heartbeats count from hello on, signed in or not
            ws.send("message:send", data("channelId", "x", "content", "before signing in"));
            assertThat(ws.expect("error").getJsonObject("data").getString("code")).isEqualTo("not-authenticated");

            String forged = user.token().substring(0, user.token().lastIndexOf('.') + 1) + "AAAA";
            ws.send("authenticate", data("token", forged));
            JsonObject error = ws.expect("error").getJsonObject("data");
            assertThat(error.getString("code")).isEqualTo("not-authenticated");
            assertThat(error.getInt("status")).isEqualTo(401);
            assertThat(error.toString()).doesNotContain(forged);
            assertThat(ws.awaitClose().code()).isEqualTo(4001);
        }
        try (GatewayClient ws = GatewayClient.connect(base)) {
            ws.send("authenticate", JsonValue.EMPTY_JSON_OBJECT);
            assertThat(ws.expect("error").getJsonObject("data").getString("code")).isEqualTo("not-authenticated");
            assertThat(ws.awaitClose().code()).isEqualTo(4001);
        }
        try (GatewayClient ws = GatewayClient.connect(base)) {
            ws.send("nope", JsonValue.EMPTY_JSON_OBJECT);
            ws.expect("error");
            ws.send("authenticate", data("token", user.token()));
            assertThat(ws.expect("authenticated").getJsonObject("data").getJsonObject("user").getString("id"))
                    .as("an early event does not spoil the connection").isEqualTo(user.id());
        }
    }

    @Test
    void everyLiveEventCarriesTheNextSequenceNumberAndRepliesNone() {
        Api api = api();
        Api.User owner = api.signUp("gw_kat");
        Api.User friend = api.signUp("gw_lou");
        String serverId = api.createServer(owner, "counting");
        api.join(friend, owner, serverId);
        String channelId = api.firstChannel(owner, serverId);

        try (GatewayClient ws = GatewayClient.signedIn(base, owner)) {
            ws.sendText("{oops");
            ws.expect("error");
            for (int i = 0; i < 3; i++) {
                api.post("/api/channels/" + channelId + "/messages", friend.token(), "{\"content\":\"n" + i + "\"}");
                ws.expect("message:new");
            }
            ws.send("message:send", data("channelId", channelId, "content", "mine"));
            assertThat(byEvent(List.of(ws.next(), ws.next()))).containsOnlyKeys("message:new", "message:ack");
            ws.drainWithHeartbeat();
            List<Long> live = ws.seqs().stream().filter(n -> n > 0).toList();
            assertThat(live).as("4 × message:new").containsExactlyElementsOf(LongStream.rangeClosed(1, 4).boxed().toList());
            assertThat(ws.seqs()).as("hello, authenticated, error, 4 × message:new, message:ack, heartbeat:ack")
                    .hasSize(9);
        }
    }

    @Test
    void aDroppedClientResumesAndGetsEveryMissedEventInOrder() {
        Api api = api();
        Api.User owner = api.signUp("gw_res");
        Api.User friend = api.signUp("gw_rem");
        String serverId = api.createServer(owner, "resuming");
        api.join(friend, owner, serverId);
        String channelId = api.firstChannel(owner, serverId);
        String sessionId;
        long lastSeq;
        try (GatewayClient ws = GatewayClient.signedIn(base, friend)) {
            sessionId = ws.authenticated().getJsonObject("data").getString("sessionId");
            api.post("/api/channels/" + channelId + "/messages", owner.token(), "{\"content\":\"seen\"}");
            ws.expect("message:new");
            lastSeq = ws.lastSeq();
            ws.drop();
        }
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/channels/" + channelId + "/messages", owner.token(),
                    "{\"content\":\"missed " + i + "\"}").status()).isEqualTo(201);
        }
        try (GatewayClient ws = GatewayClient.connect(base)) {
            ws.send("resume", Json.createObjectBuilder().add("token", friend.token()).add("sessionId", sessionId)
                    .add("seq", lastSeq).build());
            for (int i = 0; i < 5; i++) {
                JsonObject missed = ws.expect("message:new");
                assertThat(missed.getJsonNumber("seq").longValue()).isEqualTo(lastSeq + 1 + i);
                assertThat(missed.getJsonObject("data").getJsonObject("message").getString("content"))
                        .isEqualTo("missed " + i);
            }
            assertThat(ws.expect("resumed")).doesNotContainKey("seq");
            // and the session goes on, numbered where it left off
            api.post("/api/channels/" + channelId + "/messages", owner.token(), "{\"content\":\"live again\"}");
            JsonObject next = ws.expect("message:new");
            assertThat(next.getJsonNumber("seq").longValue()).isEqualTo(lastSeq + 6);
            assertThat(ws.drainWithHeartbeat()).isEmpty();
        }
    }

    @Test
    void aResumeTheServerCannotHonourIsAnInvalidSession() {
        Api api = api();
        Api.User user = api.signUp("gw_inv");
        Api.User other = api.signUp("gw_oth");
        String sessionId;
        try (GatewayClient ws = GatewayClient.signedIn(base, user)) {
            sessionId = ws.authenticated().getJsonObject("data").getString("sessionId");
            ws.drop();
        }
        List<JsonObject> attempts = List.of(
                Json.createObjectBuilder().add("token", user.token()).add("sessionId", UUID.randomUUID().toString())
                        .add("seq", 0).build(),
                Json.createObjectBuilder().add("token", other.token()).add("sessionId", sessionId).add("seq", 0).build(),
                Json.createObjectBuilder().add("token", user.token()).add("sessionId", sessionId).add("seq", 99).build(),
                Json.createObjectBuilder().add("token", "forged").add("sessionId", sessionId).add("seq", 0).build());
        for (JsonObject attempt : attempts) {
            try (GatewayClient ws = GatewayClient.connect(base)) {
                ws.send("resume", attempt);
                assertThat(ws.expect("invalid-session")).doesNotContainKey("seq");
                // the client authenticates afresh on the same connection and reloads from REST
                ws.send("authenticate", data("token", user.token()));
                assertThat(ws.expect("authenticated").getJsonObject("data").getString("sessionId"))
                        .isNotEqualTo(sessionId);
            }
        }
    }

    @Test
    void aSessionWhoseMissedEventsOverflowedItsBufferMustStartAfresh() {
        Api api = api();
        Api.User owner = api.signUp("gw_ovf");
        String serverId = api.createServer(owner, "busy");
        String channelId = api.firstChannel(owner, serverId);
        String sessionId;
        try (GatewayClient ws = GatewayClient.signedIn(base, owner)) {
            sessionId = ws.authenticated().getJsonObject("data").getString("sessionId");
            ws.drop();
        }
        // the test server keeps 50 events per session (ParleyServer)
        for (int i = 0; i < 55; i++) {
            api.post("/api/channels/" + channelId + "/messages", owner.token(), "{\"content\":\"m" + i + "\"}");
        }
        try (GatewayClient ws = GatewayClient.connect(base)) {
            ws.send("resume", Json.createObjectBuilder().add("token", owner.token()).add("sessionId", sessionId)
                    .add("seq", 0).build());
            assertThat(ws.expect("invalid-session")).isNotNull();
        }
    }

    @Test
    void aFreshTokenOnTheSameConnectionKeepsItAlive() {
        Api api = api();
        Api.User user = api.signUp("gw_tok");
        try (GatewayClient ws = GatewayClient.signedIn(base, user)) {
            Api.Reply login = api.post("/api/auth/login", null, "{\"login\":\"" + user.username()
                    + "\",\"password\":\"correct horse battery\"}");
            ws.send("authenticate", data("token", login.json().getString("accessToken")));
            JsonObject again = ws.expect("reauthenticated").getJsonObject("data");
            assertThat(java.time.Instant.parse(again.getString("expiresAt"))).isAfter(java.time.Instant.now());
            assertThat(ws.drainWithHeartbeat()).isEmpty();
            assertThat(ws.isClosed()).isFalse();
        }
    }

    @Test
    void aMemberWhoLosesViewChannelStopsReceivingAtOnce() {
        Api api = api();
        Api.User owner = api.signUp("gw_own");
        Api.User member = api.signUp("gw_mem");
        String serverId = api.createServer(owner, "private matters");
        api.join(member, owner, serverId);
        String channelId = api.firstChannel(owner, serverId);
        try (GatewayClient memberWs = GatewayClient.signedIn(base, member);
                GatewayClient ownerWs = GatewayClient.signedIn(base, owner)) {
            api.post("/api/channels/" + channelId + "/messages", owner.token(), "{\"content\":\"before\"}");
            assertThat(memberWs.expect("message:new").getJsonObject("data").getJsonObject("message")
                    .getString("content")).isEqualTo("before");
            ownerWs.expect("message:new");

            Api.Reply denied = api.put("/api/channels/" + channelId + "/overwrites/" + member.id(), owner.token(),
                    "{\"type\":\"member\",\"deny\":[\"VIEW_CHANNEL\"]}");
            assertThat(denied.status()).as(denied.toString()).isEqualTo(204);

            JsonObject changed = memberWs.expect("channel:permissions").getJsonObject("data");
            assertThat(changed.getString("channelId")).isEqualTo(channelId);
            assertThat(changed.getString("serverId")).isEqualTo(serverId);
            ownerWs.expect("channel:permissions");
            api.post("/api/channels/" + channelId + "/messages", owner.token(), "{\"content\":\"after\"}");
            ownerWs.expect("message:new");
            assertThat(memberWs.drainWithHeartbeat()).as("nothing of the channel any more").isEmpty();
            assertThat(api.get("/api/channels/" + channelId + "/messages", member.token()).status()).isEqualTo(404);
            memberWs.send("message:send", data("channelId", channelId, "content", "let me back"));
            assertThat(memberWs.expect("error").getJsonObject("data").getString("code")).isEqualTo("not-found");

            Api.Reply notAllowed = api.put("/api/channels/" + channelId + "/overwrites/" + owner.id(), member.token(),
                    "{\"type\":\"member\",\"deny\":[\"VIEW_CHANNEL\"]}");
            assertThat(notAllowed.status()).as("a member who cannot see the channel").isEqualTo(404);

            java.util.function.BiFunction<String, String, Api.Reply> put = (target, body) -> api.put(
                    "/api/channels/" + channelId + "/overwrites/" + target, owner.token(), body);
            Api.Reply unknownName = put.apply(member.id(), "{\"type\":\"member\",\"deny\":[\"FLY\"]}");
            assertThat(unknownName.status()).isEqualTo(400);
            assertThat(unknownName.json().getJsonObject("fields").keySet()).containsExactly("deny");
            Api.Reply badType = put.apply(member.id(), "{\"type\":\"group\"}");
            assertThat(badType.status()).isEqualTo(400);
            assertThat(badType.json().getJsonObject("fields").keySet()).containsExactly("type");
            assertThat(put.apply(UUID.randomUUID().toString(), "{\"type\":\"member\"}").status())
                    .as("not a member of this server").isEqualTo(404);
        }
    }

    @Test
    void twoHundredConcurrentSendsAreEachAckedOnceAndStoredOnce() throws Exception {
        Api api = api();
        Api.User owner = api.signUp("gw_many");
        String serverId = api.createServer(owner, "crowd");
        String channelId = api.firstChannel(owner, serverId);
        List<Api.User> senders = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Api.User u = api.signUp("gw_s" + i);
            api.join(u, owner, serverId);
            senders.add(u);
        }
        try (GatewayClient listener = GatewayClient.signedIn(base, owner)) {
            List<GatewayClient> clients = new java.util.ArrayList<>();
            try {
                for (Api.User u : senders) {
                    clients.add(GatewayClient.signedIn(base, u));
                }
                var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
                List<java.util.concurrent.Future<List<String>>> acked = new java.util.ArrayList<>();
                for (int c = 0; c < 10; c++) {
                    GatewayClient ws = clients.get(c);
                    int client = c;
                    acked.add(pool.submit(() -> {
                        for (int i = 0; i < 20; i++) {
                            ws.send("message:send", data("channelId", channelId, "content", "c" + client + " m" + i,
                                    "nonce", "c" + client + "-" + i));
                        }
                        List<String> ids = new java.util.ArrayList<>();
                        while (ids.size() < 20) {
                            JsonObject f = ws.next();
                            if (f.getString("event").equals("message:ack")) {
                                ids.add(f.getJsonObject("data").getJsonObject("message").getString("id"));
                            } else {
                                assertThat(f.getString("event")).as(f.toString()).isEqualTo("message:new");
                            }
                        }
                        return ids;
                    }));
                }
                java.util.Set<String> ackedIds = new java.util.HashSet<>();
                for (var f : acked) {
                    List<String> ids = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    assertThat(ids).doesNotHaveDuplicates();
                    ackedIds.addAll(ids);
                }
                pool.shutdown();
                assertThat(ackedIds).hasSize(200);
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (int i = 0; i < 200; i++) {
                    JsonObject f = listener.expect("message:new");
                    assertThat(seen.add(f.getJsonObject("data").getJsonObject("message").getString("id")))
                            .as("delivered once").isTrue();
                }
                assertThat(seen).isEqualTo(ackedIds);
                assertThat(listener.drainWithHeartbeat()).isEmpty();
                java.util.Set<String> stored = new java.util.HashSet<>();
                String before = null;
                while (true) {
                    JsonArray page = api.get("/api/channels/" + channelId + "/messages?limit=100"
                            + (before == null ? "" : "&before=" + before), owner.token()).array();
                    if (page.isEmpty()) {
                        break;
                    }
                    page.forEach(m -> stored.add(m.asJsonObject().getString("id")));
                    before = page.getJsonObject(page.size() - 1).getString("id");
                }
                assertThat(stored).as("stored once each").isEqualTo(ackedIds);
            } finally {
                clients.forEach(GatewayClient::close);
            }
        }
    }

    @Test
    void aClientThatSendsTooFastIsToldToWaitNotDisconnected() {
        Api api = api();
        Api.User user = api.signUp("gw_fast");
        String channelId = api.firstChannel(user, api.createServer(user, "spam"));
        try (GatewayClient ws = GatewayClient.signedIn(base, user)) {
            // 60 at once: a burst of 20 is allowed and 10 more a second, so 40 would need 4 s to be let through
            for (int i = 0; i < 60; i++) {
                ws.send("message:send", data("channelId", channelId, "content", "m" + i, "nonce", "f" + i));
            }
            int acks = 0;
            int limited = 0;
            while (acks + limited < 60) {
                JsonObject f = ws.next();
                if (f.getString("event").equals("message:ack")) {
                    acks++;
                } else if (f.getString("event").equals("error")) {
                    JsonObject d = f.getJsonObject("data");
                    assertThat(d.getString("code")).isEqualTo("rate-limited");
                    assertThat(d.getInt("status")).isEqualTo(429);
                    assertThat(d.getString("for")).isEqualTo("message:send");
                    assertThat(d.getJsonNumber("retryAfter").doubleValue()).isPositive();
                    limited++;
                }
            }
            assertThat(acks).as("the burst goes through").isGreaterThanOrEqualTo(20);
            assertThat(limited).as("the rest is refused, each with retryAfter").isPositive();
            assertThat(api.get("/api/channels/" + channelId + "/messages?limit=100", user.token()).array())
                    .as("only what was acked is stored").hasSize(acks);
            assertThat(ws.isClosed()).isFalse();
        }
    }

    private static String frame(String event, JsonObject data) {
        return Json.createObjectBuilder().add("event", event).add("data", data).build().toString();
    }

    private static JsonObject errorFor(GatewayClient ws, String text) {
        ws.sendText(text);
        JsonObject frame = ws.expect("error");
        assertThat(frame).as("a reply carries no seq").doesNotContainKey("seq");
        JsonObject data = frame.getJsonObject("data");
        assertThat(data.getString("message")).isNotBlank();
        return data;
    }

    private static Map<String, JsonObject> byEvent(List<JsonObject> frames) {
        return frames.stream().collect(Collectors.toMap(f -> f.getString("event"), Function.identity()));
    }
}
