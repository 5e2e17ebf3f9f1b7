package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Typing and presence as clients see them (docs/gateway.md): who is told that someone types, who
 * is told that someone came, changed status or left, and what {@code GET .../presence} says, on
 * the real WAR (Payara Micro, its data grid, PostgreSQL).
 */
class PresenceIT extends ParleyDeployment {

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

    private static List<String> events(List<JsonObject> frames) {
        return frames.stream().map(f -> f.getString("event")).toList();
    }

    @Test
    void typingReachesThoseWhoMaySeeTheChannelOnceAWhileAndNoOneElse() {
        Api api = api();
        Api.User owner = api.signUp("ty_ann");
        Api.User friend = api.signUp("ty_ben");
        Api.User hidden = api.signUp("ty_cat");
        Api.User outsider = api.signUp("ty_dom");
        String serverId = api.createServer(owner, "typing room");
        api.join(friend, owner, serverId);
        api.join(hidden, owner, serverId);
        api.createServer(outsider, "elsewhere");
        String channelId = api.firstChannel(owner, serverId);
        Api.Reply second = api.post("/api/servers/" + serverId + "/channels", owner.token(), "{\"name\":\"second\"}");
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        String secondId = second.json().getString("id");
        Api.Reply denied = api.put("/api/channels/" + channelId + "/overwrites/" + hidden.id(), owner.token(),
                "{\"type\":\"member\",\"deny\":[\"VIEW_CHANNEL\"]}");
        assertThat(denied.status()).as(denied.toString()).isEqualTo(204);

        try (GatewayClient ownerWs = GatewayClient.signedIn(base, owner);
                GatewayClient friendWs = GatewayClient.signedIn(base, friend);
                GatewayClient hiddenWs = GatewayClient.signedIn(base, hidden);
                GatewayClient outsiderWs = GatewayClient.signedIn(base, outsider)) {
            ownerWs.send("typing:start", data("channelId", channelId));
            for (GatewayClient viewer : List.of(friendWs, ownerWs)) {
                JsonObject frame = viewer.expectTyping();
                assertThat(frame).as("ephemeral: no seq").doesNotContainKey("seq");
                JsonObject typing = frame.getJsonObject("data");
                assertThat(typing.getString("channelId")).isEqualTo(channelId);
                assertThat(typing.getString("userId")).isEqualTo(owner.id());
                assertThat(typing.getString("username")).isEqualTo(owner.username());
                assertThat(typing.getString("displayName")).isEqualTo(owner.username());
                assertThat(typing.getInt("expiresInMs")).isEqualTo(8000);
            }
            for (GatewayClient other : List.of(hiddenWs, outsiderWs)) {
                other.drainWithHeartbeat(); // whatever was written to it before this ack is in by now
                assertThat(events(other.takeEphemeral())).as("a member who cannot see the channel, and a non-member")
                        .doesNotContain("typing:user");
            }

            // repeats within a few seconds are not told again: the message sent after them (the
            // same connection's events run in order) is the next thing the friend hears
            ownerWs.send("typing:start", data("channelId", channelId));
            ownerWs.send("typing:start", data("channelId", channelId));
            ownerWs.send("message:send", data("channelId", secondId, "content", "after typing"));
            assertThat(friendWs.next().getString("event")).isEqualTo("message:new");
            assertThat(events(friendWs.takeEphemeral())).as("coalesced: nothing came before the message")
                    .doesNotContain("typing:user");
            assertThat(events(List.of(ownerWs.next(), ownerWs.next())))
                    .containsExactlyInAnyOrder("message:ack", "message:new");
            assertThat(events(ownerWs.takeEphemeral())).as("coalesced for the typist too").doesNotContain("typing:user");

            Api.Reply rest = api.post("/api/channels/" + channelId + "/typing", friend.token(), null);
            assertThat(rest.status()).as(rest.toString()).isEqualTo(204);
            assertThat(ownerWs.expectTyping().getJsonObject("data").getString("userId")).isEqualTo(friend.id());

            for (Api.User stranger : List.of(hidden, outsider)) {
                Api.Reply refused = api.post("/api/channels/" + channelId + "/typing", stranger.token(), null);
                assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
                assertThat(refused.contentType()).startsWith("application/problem+json");
            }
            assertThat(api.post("/api/channels/" + UUID.randomUUID() + "/typing", friend.token(), null).status())
                    .isEqualTo(404);
            assertThat(api.post("/api/channels/" + channelId + "/typing", null, null).status()).isEqualTo(401);

            assertThat(hiddenWs.expect("message:new").getJsonObject("data").getString("channelId"))
                    .as("the second channel is one the hidden member sees").isEqualTo(secondId);
            hiddenWs.send("typing:start", data("channelId", channelId));
            JsonObject notFound = hiddenWs.expect("error").getJsonObject("data");
            assertThat(notFound.getString("code")).isEqualTo("not-found");
            assertThat(notFound.getString("for")).isEqualTo("typing:start");
            hiddenWs.send("typing:start", data("channelId", "nope"));
            JsonObject invalid = hiddenWs.expect("error").getJsonObject("data");
            assertThat(invalid.getString("code")).isEqualTo("invalid-input");
            assertThat(invalid.getJsonObject("fields").keySet()).containsExactly("channelId");
        }
    }

    @Test
    void presenceGoesToWhoeverSharesAServerInvisibleLooksOfflineAndTheLastCloseRecordsLastSeen() {
        Api api = api();
        Api.User owner = api.signUp("pr_eva");
        Api.User friend = api.signUp("pr_fin");
        Api.User outsider = api.signUp("pr_gus");
        String serverId = api.createServer(owner, "presence room");
        api.join(friend, owner, serverId);
        api.createServer(outsider, "elsewhere");
        String friendPresence = "/api/users/" + friend.id() + "/presence";

        Api.Reply before = api.get(friendPresence, owner.token());
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(before.json().getString("status")).isEqualTo("offline");
        assertThat(before.json().getString("userId")).isEqualTo(friend.id());

        try (GatewayClient ownerWs = GatewayClient.signedIn(base, owner);
                GatewayClient outsiderWs = GatewayClient.signedIn(base, outsider)) {
            GatewayClient friendWs = GatewayClient.signedIn(base, friend);
            JsonObject online = ownerWs.awaitPresence(friend.id(), "online");
            assertThat(online).as("ephemeral: no seq").doesNotContainKey("seq");
            assertThat(online.getJsonObject("data").keySet()).containsExactlyInAnyOrder("userId", "status");
            assertThat(api.get(friendPresence, owner.token()).json().getString("status")).isEqualTo("online");

            friendWs.send("presence:update", data("status", "dnd"));
            ownerWs.awaitPresence(friend.id(), "dnd");
            assertThat(api.get(friendPresence, owner.token()).json().getString("status")).isEqualTo("dnd");

            friendWs.send("presence:update", data("status", "invisible"));
            ownerWs.awaitPresence(friend.id(), "offline");
            assertThat(api.get(friendPresence, owner.token()).json().getString("status"))
                    .as("invisible looks offline to others").isEqualTo("offline");
            assertThat(api.get("/api/users/me/presence", friend.token()).json().getString("status"))
                    .as("and invisible to oneself").isEqualTo("invisible");

            friendWs.send("presence:update", data("status", "busy"));
            JsonObject bad = friendWs.expect("error").getJsonObject("data");
            assertThat(bad.getString("code")).isEqualTo("invalid-input");
            assertThat(bad.getString("for")).isEqualTo("presence:update");
            assertThat(bad.getJsonObject("fields").keySet()).containsExactly("status");
            Api.Reply badRest = api.put("/api/users/me/presence", friend.token(), "{\"status\":\"offline\"}");
            assertThat(badRest.status()).as(badRest.toString()).isEqualTo(400);
            assertThat(badRest.contentType()).startsWith("application/problem+json");
            assertThat(badRest.json().getJsonObject("fields").keySet()).containsExactly("status");

            Api.Reply back = api.put("/api/users/me/presence", friend.token(), "{\"status\":\"online\"}");
            assertThat(back.status()).as(back.toString()).isEqualTo(200);
            assertThat(back.json().getString("status")).isEqualTo("online");
            ownerWs.awaitPresence(friend.id(), "online");

            Instant closed = Instant.now().minusSeconds(1);
            friendWs.close();
            ownerWs.awaitPresence(friend.id(), "offline");
            JsonObject after = api.get(friendPresence, owner.token()).json();
            assertThat(after.getString("status")).isEqualTo("offline");
            assertThat(Instant.parse(after.getString("lastSeen"))).as("when the last connection closed")
                    .isAfter(closed).isBefore(Instant.now().plusSeconds(1));

            outsiderWs.drainWithHeartbeat();
            assertThat(outsiderWs.takeEphemeral()).as("a non-member hears nothing of the friend")
                    .noneSatisfy(f -> assertThat(f.getJsonObject("data").getString("userId")).isEqualTo(friend.id()));
        }

        // a status chosen while offline is what the next connection brings
        Api.Reply chosen = api.put("/api/users/me/presence", friend.token(), "{\"status\":\"dnd\"}");
        assertThat(chosen.json().getString("status")).isEqualTo("offline");
        try (GatewayClient ownerWs = GatewayClient.signedIn(base, owner);
                GatewayClient friendWs = GatewayClient.signedIn(base, friend)) {
            ownerWs.awaitPresence(friend.id(), "dnd");
        }
    }

    @Test
    void presenceIsAskedOnlyOfPeopleOneSharesAServerWith() {
        Api api = api();
        Api.User one = api.signUp("pq_hal");
        Api.User stranger = api.signUp("pq_ivy");
        api.createServer(one, "mine");
        api.createServer(stranger, "theirs");

        Api.Reply refused = api.get("/api/users/" + stranger.id() + "/presence", one.token());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/users/" + UUID.randomUUID() + "/presence", one.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/users/not-an-id/presence", one.token()).status()).isEqualTo(404);
        assertThat(api.put("/api/users/" + stranger.id() + "/presence", one.token(), "{\"status\":\"dnd\"}").status())
                .as("nobody sets another's status").isEqualTo(404);
        assertThat(api.get("/api/users/" + one.id() + "/presence", null).status()).isEqualTo(401);

        Api.Reply mine = api.get("/api/users/" + one.id() + "/presence", one.token());
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().getString("userId")).isEqualTo(one.id());
        assertThat(mine.json().getString("status")).isEqualTo("offline");
        assertThat(mine.json().getString("lastSeen")).isNotBlank();
    }
}
