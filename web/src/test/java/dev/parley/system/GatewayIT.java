package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WebSocket gateway at {@code /gateway} as a client program uses it (docs/gateway.md),
 * against the real WAR on Payara Micro and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class GatewayIT extends ParleyDeployment {

    @ArquillianResource
    URL base;

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

        try (GatewayClient client = GatewayClient.connect(base)) {
            client.send("authenticate", data("token", user.token()));
            JsonObject frame = client.expect("authenticated");
            assertThat(frame.getJsonNumber("seq").longValue()).isEqualTo(1);
            JsonObject me = frame.getJsonObject("data").getJsonObject("user");
            assertThat(me.getString("id")).isEqualTo(user.id());
            assertThat(me.getString("username")).isEqualTo(user.username());
            assertThat(me).doesNotContainKey("passwordHash");
            JsonArray servers = frame.getJsonObject("data").getJsonArray("servers");
            assertThat(servers).hasSize(1);
            assertThat(servers.getJsonObject(0).getString("id")).isEqualTo(serverId);
            assertThat(servers.getJsonObject(0).getString("name")).isEqualTo("gateway home");

            client.send("heartbeat", JsonValue.EMPTY_JSON_OBJECT);
            assertThat(client.expect("heartbeat:ack").getJsonNumber("seq").longValue()).isEqualTo(2);
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

            JsonObject noChannel = errorFor(ws, frame("message:send", data("content", "where to?")));
            assertThat(noChannel.getString("code")).isEqualTo("invalid-input");
            assertThat(noChannel.getJsonObject("fields").keySet()).contains("channelId");
            assertThat(errorFor(ws, frame("message:send", data("channelId", "xyz", "content", "hi")))
                    .getJsonObject("fields").keySet()).contains("channelId");

            JsonObject foreign = errorFor(ws, frame("message:send", data("channelId", otherChannel,
                    "content", "let me in")));
            assertThat(foreign.getString("code")).isIn("not-found", "forbidden");
            assertThat(foreign.getInt("status")).isIn(403, 404);

            JsonObject twice = errorFor(ws, frame("authenticate", data("token", user.token())));
            assertThat(twice.getString("code")).isEqualTo("already-authenticated");

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
            assertThat(ws.awaitClose().code()).isEqualTo(1009);
        }
    }

    @Test
    void aWrongTokenGetsAnErrorAndTheConnectionIsClosed() {
        Api.User user = api().signUp("gw_jon");
        try (GatewayClient ws = GatewayClient.connect(base)) {
            ws.send("heartbeat", JsonValue.EMPTY_JSON_OBJECT);
            assertThat(ws.expect("error").getJsonObject("data").getString("code")).isEqualTo("not-authenticated");
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
            ws.send("heartbeat", JsonValue.EMPTY_JSON_OBJECT);
            ws.expect("error");
            ws.send("authenticate", data("token", user.token()));
            assertThat(ws.expect("authenticated").getJsonObject("data").getJsonObject("user").getString("id"))
                    .as("an early event does not spoil the connection").isEqualTo(user.id());
        }
    }

    @Test
    void everyServerEventCarriesTheNextSequenceNumber() {
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
            ws.next();
            ws.next();
            ws.drainWithHeartbeat();
            List<Long> seqs = ws.seqs();
            assertThat(seqs).as("authenticated, error, 3 × message:new, message:new + message:ack, heartbeat:ack").hasSize(8);
            assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, 8).boxed().toList());
        }
    }

    private static String frame(String event, JsonObject data) {
        return Json.createObjectBuilder().add("event", event).add("data", data).build().toString();
    }

    private static JsonObject errorFor(GatewayClient ws, String text) {
        ws.sendText(text);
        JsonObject frame = ws.expect("error");
        assertThat(frame.getJsonNumber("seq").longValue()).isPositive();
        JsonObject data = frame.getJsonObject("data");
        assertThat(data.getString("message")).isNotBlank();
        return data;
    }

    private static Map<String, JsonObject> byEvent(List<JsonObject> frames) {
        return frames.stream().collect(Collectors.toMap(f -> f.getString("event"), Function.identity()));
    }
}
