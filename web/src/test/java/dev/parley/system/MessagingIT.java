package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Messaging as people expect it, over REST and the gateway: edits and their history, deletes,
 * replies, pins, reactions, a page around a message; each change reaches live exactly those who
 * may see the channel.
 */
class MessagingIT extends ParleyDeployment {

    private static final String THUMBS_UP = "\uD83D\uDC4D";
    private static final String HEART = "\u2764\uFE0F";

    private Api api() {
        return new Api(base);
    }

    /** A server with its owner, a member, a member who cannot see the channel, and an outsider. */
    private record Room(Api api, Api.User owner, Api.User member, Api.User blind, Api.User outsider, String serverId,
            String channelId) {
    }

    private Room room(String name) {
        Api api = api();
        Api.User owner = api.signUp(name + "_own");
        Api.User member = api.signUp(name + "_mem");
        Api.User blind = api.signUp(name + "_bli");
        Api.User outsider = api.signUp(name + "_out");
        String serverId = api.createServer(owner, name);
        api.join(member, owner, serverId);
        api.join(blind, owner, serverId);
        String channelId = api.firstChannel(owner, serverId);
        Api.Reply hidden = api.put("/api/channels/" + channelId + "/overwrites/" + blind.id(), owner.token(),
                "{\"type\":\"member\",\"deny\":[\"VIEW_CHANNEL\"]}");
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(204);
        return new Room(api, owner, member, blind, outsider, serverId, channelId);
    }

    private static void assertProblem(Api.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).isEqualTo("https://parley.dev/problems/" + type);
        assertThat(reply.body()).doesNotContain("Exception");
    }

    private static String emoji(String emoji) {
        return URLEncoder.encode(emoji, StandardCharsets.UTF_8);
    }

    @Test
    void theAuthorEditsAMessageEveryoneSeesItLiveAndItsFormerVersionsAreKept() {
        Room r = room("edit");
        Api api = r.api();
        String id = api.postMessage(r.owner(), r.channelId(), "frist post");
        try (GatewayClient memberWs = GatewayClient.signedIn(base, r.member());
                GatewayClient blindWs = GatewayClient.signedIn(base, r.blind())) {
            assertProblem(api.put("/api/messages/" + id, r.member().token(), "{\"content\":\"hijacked\"}"), 403, "forbidden");
            assertProblem(api.put("/api/messages/" + id, r.blind().token(), "{\"content\":\"hijacked\"}"), 404, "not-found");
            assertProblem(api.put("/api/messages/" + id, r.outsider().token(), "{\"content\":\"hijacked\"}"), 404, "not-found");
            Api.Reply empty = api.put("/api/messages/" + id, r.owner().token(), "{\"content\":\"   \"}");
            assertProblem(empty, 400, "invalid-input");
            assertThat(empty.json().getJsonObject("fields").keySet()).containsExactly("content");
            Api.Reply huge = api.put("/api/messages/" + id, r.owner().token(), "{\"content\":\"" + "x".repeat(4001) + "\"}");
            assertProblem(huge, 400, "invalid-input");
            assertThat(huge.json().getJsonObject("fields").keySet()).containsExactly("content");
            assertProblem(api.put("/api/messages/" + UUID.randomUUID(), r.owner().token(), "{\"content\":\"x\"}"), 404,
                    "not-found");
            assertProblem(api.put("/api/messages/" + id, r.owner().token(), "{\"content\":5}"), 400, "invalid-input");

            Api.Reply edited = api.put("/api/messages/" + id, r.owner().token(), "{\"content\":\"first post\"}");
            assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
            assertThat(edited.json().getString("content")).isEqualTo("first post");
            assertThat(edited.json().getString("editedAt")).isNotBlank();

            JsonObject update = memberWs.expect("message:update").getJsonObject("data");
            assertThat(update.getString("channelId")).isEqualTo(r.channelId());
            assertThat(update.getJsonObject("message").getString("id")).isEqualTo(id);
            assertThat(update.getJsonObject("message").getString("content")).isEqualTo("first post");
            assertThat(update.getJsonObject("message").getString("editedAt")).isEqualTo(edited.json().getString("editedAt"));
            assertThat(blindWs.drainWithHeartbeat()).as("who cannot see the channel hears nothing").isEmpty();

            // the same content again is no new version and no event
            assertThat(api.put("/api/messages/" + id, r.owner().token(), "{\"content\":\" first post \"}").status())
                    .isEqualTo(200);
            api.put("/api/messages/" + id, r.owner().token(), "{\"content\":\"first post, edited twice\"}");
            assertThat(memberWs.expect("message:update").getJsonObject("data").getJsonObject("message")
                    .getString("content")).isEqualTo("first post, edited twice");
            assertThat(memberWs.drainWithHeartbeat()).isEmpty();
        }
        Api.Reply edits = api.get("/api/messages/" + id + "/edits", r.member().token());
        assertThat(edits.status()).as(edits.toString()).isEqualTo(200);
        assertThat(edits.array().getValuesAs(JsonObject.class)).extracting(e -> e.getString("content"))
                .containsExactly("first post", "frist post");
        JsonObject oldest = edits.array().getJsonObject(1);
        assertThat(oldest.getString("replacedAt")).isEqualTo(edits.array().getJsonObject(0).getString("writtenAt"));
        assertProblem(api.get("/api/messages/" + id + "/edits", r.blind().token()), 404, "not-found");
        assertProblem(api.get("/api/messages/" + id + "/edits", r.outsider().token()), 404, "not-found");
        assertThat(api.get("/api/messages/" + id, r.member().token()).json().getString("content"))
                .isEqualTo("first post, edited twice");
    }

    @Test
    void aMessageIsDeletedByItsAuthorOrByWhoMayManageMessagesAndDisappearsLive() {
        Room r = room("delete");
        Api api = r.api();
        String mine = api.postMessage(r.owner(), r.channelId(), "owner's words");
        String theirs = api.postMessage(r.member(), r.channelId(), "member's words");
        Api.Reply reply = api.post("/api/messages/" + mine + "/reply", r.member().token(), "{\"content\":\"answer\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        try (GatewayClient memberWs = GatewayClient.signedIn(base, r.member());
                GatewayClient blindWs = GatewayClient.signedIn(base, r.blind())) {
            Api.Reply refused = api.delete("/api/messages/" + mine, r.member().token());
            assertProblem(refused, 403, "forbidden");
            assertThat(refused.json().getString("detail")).doesNotContain("MANAGE_MESSAGES");
            assertProblem(api.delete("/api/messages/" + mine, r.blind().token()), 404, "not-found");
            assertProblem(api.delete("/api/messages/" + mine, r.outsider().token()), 404, "not-found");

            assertThat(api.delete("/api/messages/" + theirs, r.member().token()).status()).isEqualTo(204);
            JsonObject gone = memberWs.expect("message:delete").getJsonObject("data");
            assertThat(gone.getString("messageId")).isEqualTo(theirs);
            assertThat(gone.getString("channelId")).isEqualTo(r.channelId());

            Api.Reply allowed = api.put("/api/channels/" + r.channelId() + "/overwrites/" + r.member().id(),
                    r.owner().token(), "{\"type\":\"member\",\"allow\":[\"MANAGE_MESSAGES\"]}");
            assertThat(allowed.status()).as(allowed.toString()).isEqualTo(204);
            assertThat(memberWs.expect("channel:permissions").getJsonObject("data").getString("channelId"))
                    .as("every member hears that the channel's overwrites changed").isEqualTo(r.channelId());
            assertThat(api.delete("/api/messages/" + mine, r.member().token()).status()).isEqualTo(204);
            assertThat(memberWs.expect("message:delete").getJsonObject("data").getString("messageId")).isEqualTo(mine);
            assertThat(blindWs.drainWithHeartbeat()).extracting(f -> f.getString("event"))
                    .as("of the channel it may not see, only that its overwrites changed").containsExactly("channel:permissions");
        }
        assertProblem(api.get("/api/messages/" + mine, r.owner().token()), 404, "not-found");
        assertProblem(api.delete("/api/messages/" + mine, r.owner().token()), 404, "not-found");
        List<JsonObject> history = api.get("/api/channels/" + r.channelId() + "/messages", r.owner().token()).array()
                .getValuesAs(JsonObject.class);
        assertThat(history).extracting(m -> m.getString("content")).containsExactly("answer");
        assertThat(history.get(0).getString("replyTo")).isEqualTo(mine);
        assertThat(history.get(0).getJsonObject("reply").getBoolean("deleted")).isTrue();
        assertThat(history.get(0).getJsonObject("reply")).doesNotContainKey("excerpt");
    }

    @Test
    void aReplyQuotesItsOriginalAndMustAnswerAMessageOfItsChannel() {
        Room r = room("reply");
        Api api = r.api();
        String original = api.postMessage(r.owner(), r.channelId(), "Lunch at noon?\nSecond line <b>not</b> quoted");
        Api.Reply viaPath = api.post("/api/messages/" + original + "/reply", r.member().token(),
                "{\"content\":\"yes!\",\"nonce\":\"r-1\"}");
        assertThat(viaPath.status()).as(viaPath.toString()).isEqualTo(201);
        JsonObject reply = viaPath.json();
        assertThat(reply.getString("channelId")).isEqualTo(r.channelId());
        assertThat(reply.getString("replyTo")).isEqualTo(original);
        assertThat(reply.getJsonObject("reply").getString("excerpt")).isEqualTo("Lunch at noon?");
        assertThat(reply.getJsonObject("reply").getJsonObject("author").getString("id")).isEqualTo(r.owner().id());
        assertThat(reply.getJsonObject("reply").getBoolean("deleted")).isFalse();
        Api.Reply again = api.post("/api/messages/" + original + "/reply", r.member().token(),
                "{\"content\":\"yes!\",\"nonce\":\"r-1\"}");
        assertThat(again.json().getString("id")).as("the nonce makes it one reply").isEqualTo(reply.getString("id"));

        Api.Reply inPost = api.post("/api/channels/" + r.channelId() + "/messages", r.owner().token(),
                "{\"content\":\"great\",\"replyTo\":\"" + reply.getString("id") + "\"}");
        assertThat(inPost.status()).as(inPost.toString()).isEqualTo(201);
        assertThat(inPost.json().getJsonObject("reply").getString("excerpt")).isEqualTo("yes!");

        String elsewhere = api.firstChannel(r.owner(), api.createServer(r.owner(), "elsewhere"));
        String foreign = api.postMessage(r.owner(), elsewhere, "over there");
        Api.Reply crossChannel = api.post("/api/channels/" + r.channelId() + "/messages", r.owner().token(),
                "{\"content\":\"x\",\"replyTo\":\"" + foreign + "\"}");
        assertProblem(crossChannel, 400, "invalid-input");
        assertThat(crossChannel.json().getJsonObject("fields").keySet()).containsExactly("replyTo");
        assertProblem(api.post("/api/channels/" + r.channelId() + "/messages", r.owner().token(),
                "{\"content\":\"x\",\"replyTo\":\"" + UUID.randomUUID() + "\"}"), 400, "invalid-input");
        assertProblem(api.post("/api/channels/" + r.channelId() + "/messages", r.owner().token(),
                "{\"content\":\"x\",\"replyTo\":\"not-an-id\"}"), 400, "invalid-input");
        assertProblem(api.post("/api/messages/" + foreign + "/reply", r.member().token(), "{\"content\":\"x\"}"), 404,
                "not-found");
        assertProblem(api.post("/api/messages/" + original + "/reply", r.blind().token(), "{\"content\":\"x\"}"), 404,
                "not-found");
        assertProblem(api.post("/api/messages/" + original + "/reply", r.member().token(), "{\"content\":\"\"}"), 400,
                "invalid-input");

        List<JsonObject> history = api.get("/api/channels/" + r.channelId() + "/messages", r.member().token()).array()
                .getValuesAs(JsonObject.class);
        assertThat(history).extracting(m -> m.getString("content")).containsExactly("great", "yes!",
                "Lunch at noon?\nSecond line <b>not</b> quoted");
        assertThat(history.get(1).getJsonObject("reply").getString("excerpt")).isEqualTo("Lunch at noon?");
        assertThat(history.get(2)).doesNotContainKey("replyTo").doesNotContainKey("reply");
    }

    @Test
    void whoMayManageMessagesPinsUpToFiftyAndEveryoneSeesThePinsLive() {
        Room r = room("pins");
        Api api = r.api();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            ids.add(api.postMessage(r.owner(), r.channelId(), "pin me " + i));
        }
        try (GatewayClient memberWs = GatewayClient.signedIn(base, r.member());
                GatewayClient blindWs = GatewayClient.signedIn(base, r.blind())) {
            Api.Reply refused = api.post("/api/messages/" + ids.get(0) + "/pin", r.member().token(), null);
            assertProblem(refused, 403, "forbidden");
            assertThat(refused.json().getString("detail")).isEqualTo(
                    "Only members who may manage messages can pin or unpin them in this channel.");
            assertProblem(api.post("/api/messages/" + ids.get(0) + "/pin", r.blind().token(), null), 404, "not-found");

            assertThat(api.post("/api/messages/" + ids.get(0) + "/pin", r.owner().token(), null).status()).isEqualTo(204);
            JsonObject pinned = memberWs.expect("message:pin").getJsonObject("data");
            assertThat(pinned.getString("messageId")).isEqualTo(ids.get(0));
            assertThat(pinned.getBoolean("pinned")).isTrue();
            assertThat(pinned.getString("by")).isEqualTo(r.owner().id());
            assertThat(api.post("/api/messages/" + ids.get(0) + "/pin", r.owner().token(), null).status())
                    .as("pinning again changes nothing").isEqualTo(204);
            assertThat(memberWs.drainWithHeartbeat()).isEmpty();
            assertThat(blindWs.drainWithHeartbeat()).isEmpty();
        }
        for (int i = 1; i < 50; i++) {
            assertThat(api.post("/api/messages/" + ids.get(i) + "/pin", r.owner().token(), null).status()).isEqualTo(204);
        }
        Api.Reply fiftyFirst = api.post("/api/messages/" + ids.get(50) + "/pin", r.owner().token(), null);
        assertProblem(fiftyFirst, 400, "invalid-input");
        assertThat(fiftyFirst.json().getString("detail")).contains("at most 50 pinned messages");

        List<JsonObject> pins = api.get("/api/channels/" + r.channelId() + "/pins", r.member().token()).array()
                .getValuesAs(JsonObject.class);
        assertThat(pins).hasSize(50).allSatisfy(p -> assertThat(p.getBoolean("pinned")).isTrue());
        assertThat(pins.get(0).getString("id")).as("newest pin first").isEqualTo(ids.get(49));
        assertProblem(api.get("/api/channels/" + r.channelId() + "/pins", r.blind().token()), 404, "not-found");

        assertThat(api.delete("/api/messages/" + ids.get(3) + "/pin", r.owner().token()).status()).isEqualTo(204);
        assertThat(api.post("/api/messages/" + ids.get(50) + "/pin", r.owner().token(), null).status()).isEqualTo(204);
        assertThat(api.get("/api/channels/" + r.channelId() + "/pins", r.owner().token()).array()
                .getValuesAs(JsonObject.class)).extracting(p -> p.getString("id")).hasSize(50)
                .contains(ids.get(50)).doesNotContain(ids.get(3));
    }

    @Test
    void peopleReactWithOneEmojiSeeTheCountsAndWhoReactedLive() {
        Room r = room("react");
        Api api = r.api();
        String id = api.postMessage(r.owner(), r.channelId(), "react to me");
        String path = "/api/messages/" + id + "/reactions/";
        try (GatewayClient ownerWs = GatewayClient.signedIn(base, r.owner());
                GatewayClient blindWs = GatewayClient.signedIn(base, r.blind())) {
            assertThat(api.put(path + emoji(THUMBS_UP) + "/@me", r.member().token(), null).status()).isEqualTo(204);
            JsonObject added = ownerWs.expect("reaction:add").getJsonObject("data");
            assertThat(added.getString("emoji")).isEqualTo(THUMBS_UP);
            assertThat(added.getString("userId")).isEqualTo(r.member().id());
            assertThat(added.getInt("count")).isEqualTo(1);
            assertThat(api.put(path + emoji(THUMBS_UP) + "/@me", r.member().token(), null).status())
                    .as("reacting again changes nothing").isEqualTo(204);
            assertThat(api.put(path + emoji(THUMBS_UP) + "/@me", r.owner().token(), null).status()).isEqualTo(204);
            assertThat(ownerWs.expect("reaction:add").getJsonObject("data").getInt("count")).isEqualTo(2);
            assertThat(api.put(path + emoji(HEART) + "/@me", r.member().token(), null).status()).isEqualTo(204);
            assertThat(ownerWs.expect("reaction:add").getJsonObject("data").getString("emoji")).isEqualTo(HEART);
            assertThat(ownerWs.drainWithHeartbeat()).isEmpty();

            for (String bad : List.of("abc", "<script>alert(1)</script>", THUMBS_UP + THUMBS_UP, "' OR 1=1 --", " ")) {
                Api.Reply refused = api.put(path + emoji(bad) + "/@me", r.member().token(), null);
                assertProblem(refused, 400, "invalid-input");
                assertThat(refused.json().getJsonObject("fields").keySet()).containsExactly("emoji");
            }
            assertProblem(api.put(path + emoji(THUMBS_UP) + "/@me", r.blind().token(), null), 404, "not-found");
            assertProblem(api.put(path + emoji(THUMBS_UP) + "/@me", r.outsider().token(), null), 404, "not-found");
            assertThat(blindWs.drainWithHeartbeat()).isEmpty();

            JsonObject seenByMember = api.get("/api/messages/" + id, r.member().token()).json();
            assertThat(seenByMember.getJsonArray("reactions").getValuesAs(JsonObject.class))
                    .extracting(x -> x.getString("emoji") + " " + x.getInt("count") + " " + x.getBoolean("me"))
                    .containsExactly(THUMBS_UP + " 2 true", HEART + " 1 true");
            JsonObject inHistoryOfOwner = api.get("/api/channels/" + r.channelId() + "/messages", r.owner().token())
                    .array().getJsonObject(0);
            assertThat(inHistoryOfOwner.getJsonArray("reactions").getValuesAs(JsonObject.class))
                    .extracting(x -> x.getString("emoji") + " " + x.getInt("count") + " " + x.getBoolean("me"))
                    .containsExactly(THUMBS_UP + " 2 true", HEART + " 1 false");

            Api.Reply who = api.get(path + emoji(THUMBS_UP), r.member().token());
            assertThat(who.status()).as(who.toString()).isEqualTo(200);
            List<String> ids = who.array().getValuesAs(JsonObject.class).stream().map(u -> u.getString("id")).toList();
            assertThat(ids).containsExactlyInAnyOrder(r.owner().id(), r.member().id()).isSorted();
            Api.Reply firstPage = api.get(path + emoji(THUMBS_UP) + "?limit=1", r.member().token());
            Api.Reply secondPage = api.get(path + emoji(THUMBS_UP) + "?limit=1&after="
                    + firstPage.array().getJsonObject(0).getString("id"), r.member().token());
            assertThat(secondPage.array().getJsonObject(0).getString("id")).isEqualTo(ids.get(1));
            assertProblem(api.get(path + emoji(THUMBS_UP) + "?limit=0", r.member().token()), 400, "invalid-input");
            assertProblem(api.get(path + emoji(THUMBS_UP), r.blind().token()), 404, "not-found");

            assertThat(api.delete(path + emoji(THUMBS_UP) + "/@me", r.member().token()).status()).isEqualTo(204);
            JsonObject removed = ownerWs.expect("reaction:remove").getJsonObject("data");
            assertThat(removed.getString("userId")).isEqualTo(r.member().id());
            assertThat(removed.getInt("count")).isEqualTo(1);
            assertThat(api.delete(path + emoji(THUMBS_UP) + "/@me", r.member().token()).status()).isEqualTo(204);
            assertThat(ownerWs.drainWithHeartbeat()).as("taking back nothing tells nobody").isEmpty();
        }
    }

    @Test
    void aPageAroundAMessageHoldsItAndItsNeighbours() {
        Room r = room("around");
        Api api = r.api();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(api.postMessage(r.owner(), r.channelId(), "m" + i));
        }
        Api.Reply page = api.get("/api/channels/" + r.channelId() + "/messages?around=" + ids.get(15) + "&limit=10",
                r.member().token());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.array().getValuesAs(JsonObject.class)).extracting(m -> m.getString("content"))
                .containsExactly("m20", "m19", "m18", "m17", "m16", "m15", "m14", "m13", "m12", "m11");
        Api.Reply atTheEnd = api.get("/api/channels/" + r.channelId() + "/messages?around=" + ids.get(28) + "&limit=10",
                r.member().token());
        assertThat(atTheEnd.array().getValuesAs(JsonObject.class)).extracting(m -> m.getString("content"))
                .containsExactly("m29", "m28", "m27", "m26", "m25", "m24", "m23", "m22", "m21", "m20");
        Api.Reply both = api.get("/api/channels/" + r.channelId() + "/messages?around=" + ids.get(1) + "&before="
                + ids.get(2), r.member().token());
        assertProblem(both, 400, "invalid-input");
        assertThat(both.json().getJsonObject("fields").keySet()).containsExactly("around");
        assertProblem(api.get("/api/channels/" + r.channelId() + "/messages?around=x", r.member().token()), 400,
                "invalid-input");
    }

    private static JsonObject unreadOf(Api api, Api.User user, String channelId) {
        return api.get("/api/users/me/unread", user.token()).json().getJsonArray("channels").getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("channelId").equals(channelId)).findFirst().orElse(null);
    }

    @Test
    void mentionsAreResolvedCountInTheBadgesAndEveryoneNeedsItsPermission() {
        Room r = room("mention");
        Api api = r.api();
        Api.User late = api.signUp("mention_late");
        Api.Reply byOwner = api.post("/api/channels/" + r.channelId() + "/messages", r.owner().token(),
                "{\"content\":\"hi @" + r.member().username().toUpperCase() + " and @" + r.outsider().username()
                        + ", `@" + r.blind().username() + "` and @everyone\"}");
        assertThat(byOwner.status()).as(byOwner.toString()).isEqualTo(201);
        assertThat(byOwner.json().getJsonArray("mentions").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).as("members named outside code, not outsiders")
                .containsExactly(r.member().id());
        assertThat(byOwner.json().getBoolean("mentionEveryone")).isTrue();
        Api.Reply byMember = api.post("/api/channels/" + r.channelId() + "/messages", r.member().token(),
                "{\"content\":\"@everyone look\"}");
        assertThat(byMember.json().getBoolean("mentionEveryone")).as("without MENTION_EVERYONE it is text").isFalse();
        assertThat(byMember.json().getJsonArray("mentions")).isEmpty();

        JsonObject member = unreadOf(api, r.member(), r.channelId());
        assertThat(member.getInt("unread")).as("the owner's message, not the member's own").isEqualTo(1);
        assertThat(member.getInt("mentions")).isEqualTo(1);
        assertThat(member.getString("serverId")).isEqualTo(r.serverId());
        JsonObject memberServer = api.get("/api/users/me/unread", r.member().token()).json().getJsonArray("servers")
                .getJsonObject(0);
        assertThat(memberServer.getString("serverId")).isEqualTo(r.serverId());
        assertThat(memberServer.getInt("unread")).isEqualTo(1);
        assertThat(memberServer.getInt("mentions")).isEqualTo(1);
        JsonObject owner = unreadOf(api, r.owner(), r.channelId());
        assertThat(owner.getInt("unread")).isEqualTo(1);
        assertThat(owner.getInt("mentions")).as("the member's @everyone mentioned nobody").isZero();
        assertThat(unreadOf(api, r.blind(), r.channelId())).as("a channel one cannot see has no badge").isNull();

        api.join(late, r.owner(), r.serverId());
        assertThat(api.get("/api/users/me/unread", late.token()).json().getJsonArray("channels"))
                .as("what came before one joined is not unread").isEmpty();

        String ownerMessage = byOwner.json().getString("id");
        assertThat(api.put("/api/channels/" + r.channelId() + "/read", r.member().token(),
                "{\"messageId\":\"" + ownerMessage + "\"}").status()).isEqualTo(204);
        assertThat(unreadOf(api, r.member(), r.channelId())).as("read up to there; the rest is the member's own").isNull();
        assertThat(api.put("/api/channels/" + r.channelId() + "/read", r.member().token(),
                "{\"messageId\":\"" + ownerMessage + "\"}").status()).as("again: the same").isEqualTo(204);

        String elsewhere = api.firstChannel(r.owner(), api.createServer(r.owner(), "other"));
        String foreign = api.postMessage(r.owner(), elsewhere, "x");
        Api.Reply wrongChannel = api.put("/api/channels/" + r.channelId() + "/read", r.owner().token(),
                "{\"messageId\":\"" + foreign + "\"}");
        assertProblem(wrongChannel, 400, "invalid-input");
        assertThat(wrongChannel.json().getJsonObject("fields").keySet()).containsExactly("messageId");
        Api.Reply missing = api.put("/api/channels/" + r.channelId() + "/read", r.owner().token(), "{}");
        assertProblem(missing, 400, "invalid-input");
        assertThat(missing.json().getJsonObject("fields").keySet()).containsExactly("messageId");
        assertProblem(api.put("/api/channels/" + r.channelId() + "/read", r.blind().token(),
                "{\"messageId\":\"" + ownerMessage + "\"}"), 404, "not-found");

        // an edit that drops the mention takes it out of the view and of the badges
        assertThat(api.put("/api/channels/" + r.channelId() + "/read", r.member().token(),
                "{\"messageId\":\"" + r.channelId() + "\"}").status()).as("not a message").isEqualTo(400);
        Api.Reply edited = api.put("/api/messages/" + ownerMessage, r.owner().token(), "{\"content\":\"hi all\"}");
        assertThat(edited.json().getJsonArray("mentions")).isEmpty();
        assertThat(edited.json().getBoolean("mentionEveryone")).isFalse();
        Api.Reply again = api.put("/api/messages/" + ownerMessage, r.owner().token(),
                "{\"content\":\"hi @" + r.member().username() + "\"}");
        assertThat(again.json().getJsonArray("mentions").getString(0)).isEqualTo(r.member().id());
    }

    private static String ids(String... ids) {
        return "{\"userIds\":[" + String.join(",", java.util.Arrays.stream(ids).map(i -> "\"" + i + "\"").toList()) + "]}";
    }

    @Test
    void twoPeopleWhoShareAServerHaveOneConversationAndEverythingWorksInItLive() {
        Room r = room("dm");
        Api api = r.api();
        try (GatewayClient ownerWs = GatewayClient.signedIn(base, r.owner());
                GatewayClient outsiderWs = GatewayClient.signedIn(base, r.outsider())) {
            Api.Reply opened = api.post("/api/users/me/dms", r.member().token(), ids(r.owner().id()));
            assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
            JsonObject dm = opened.json();
            String channelId = dm.getString("channelId");
            assertThat(dm.getBoolean("group")).isFalse();
            assertThat(dm.getJsonArray("participants").getValuesAs(JsonObject.class)).extracting(p -> p.getString("id"))
                    .containsExactlyInAnyOrder(r.owner().id(), r.member().id());
            JsonObject created = ownerWs.expect("dm:create").getJsonObject("data");
            assertThat(created.getString("id")).isEqualTo(dm.getString("id"));

            Api.Reply again = api.post("/api/users/me/dms", r.owner().token(), ids(r.member().id(), r.owner().id()));
            assertThat(again.status()).as("the pair's conversation, whoever asks").isEqualTo(200);
            assertThat(again.json().getString("id")).isEqualTo(dm.getString("id"));

            String hello = api.postMessage(r.member(), channelId, "psst, @" + r.owner().username());
            JsonObject live = ownerWs.expect("message:new").getJsonObject("data");
            assertThat(live.getString("channelId")).isEqualTo(channelId);
            assertThat(live.getJsonObject("message").getString("id")).isEqualTo(hello);
            assertThat(live.getJsonObject("message").getJsonArray("mentions").getString(0)).isEqualTo(r.owner().id());
            assertThat(api.put("/api/messages/" + hello + "/reactions/" + emoji(THUMBS_UP) + "/@me", r.owner().token(), null)
                    .status()).isEqualTo(204);
            assertThat(ownerWs.expect("reaction:add").getJsonObject("data").getString("emoji")).isEqualTo(THUMBS_UP);
            assertThat(api.post("/api/messages/" + hello + "/pin", r.owner().token(), null).status())
                    .as("anyone in a conversation may pin").isEqualTo(204);
            assertThat(ownerWs.expect("message:pin").getJsonObject("data").getBoolean("pinned")).isTrue();
            Api.Reply reply = api.post("/api/messages/" + hello + "/reply", r.owner().token(), "{\"content\":\"hi!\"}");
            assertThat(reply.status()).isEqualTo(201);
            assertThat(ownerWs.expect("message:new").getJsonObject("data").getJsonObject("message").getString("replyTo"))
                    .isEqualTo(hello);
            assertThat(api.post("/api/channels/" + channelId + "/typing", r.member().token(), null).status()).isEqualTo(204);
            assertProblem(api.delete("/api/messages/" + hello, r.owner().token()), 403, "forbidden");
            assertThat(outsiderWs.drainWithHeartbeat()).as("nobody else hears any of it").isEmpty();
        }
        String channelId = api.get("/api/users/me/dms", r.owner().token()).array().getJsonObject(0).getString("channelId");
        assertThat(api.get("/api/channels/" + channelId + "/messages", r.owner().token()).array()).hasSize(2);
        assertThat(api.get("/api/channels/" + channelId + "/pins", r.member().token()).array()).hasSize(1);
        assertProblem(api.get("/api/channels/" + channelId + "/messages", r.outsider().token()), 404, "not-found");
        assertProblem(api.get("/api/channels/" + channelId + "/messages", r.blind().token()), 404, "not-found");
        assertProblem(api.post("/api/channels/" + channelId + "/messages", r.outsider().token(), "{\"content\":\"x\"}"),
                404, "not-found");
        JsonObject badge = api.get("/api/users/me/unread", r.owner().token()).json().getJsonArray("channels")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("channelId").equals(channelId))
                .findFirst().orElseThrow();
        assertThat(badge.getInt("unread")).isEqualTo(1);
        assertThat(badge.getInt("mentions")).isEqualTo(1);
        JsonObject listed = api.get("/api/users/me/dms", r.member().token()).array().getJsonObject(0);
        assertThat(listed.getString("channelId")).isEqualTo(channelId);
        assertThat(listed.getString("lastMessageId")).isNotBlank();
    }

    @Test
    void strangersCannotStartAConversationAndABlockSilencesOne() {
        Room r = room("block");
        Api api = r.api();
        Api.Reply stranger = api.post("/api/users/me/dms", r.outsider().token(), ids(r.owner().id()));
        assertProblem(stranger, 403, "forbidden");
        assertThat(stranger.json().getJsonObject("fields").keySet()).containsExactly("userIds");
        assertProblem(api.post("/api/users/me/dms", r.owner().token(), ids(UUID.randomUUID().toString())), 403, "forbidden");
        Api.Reply self = api.post("/api/users/me/dms", r.owner().token(), ids(r.owner().id()));
        assertProblem(self, 400, "invalid-input");
        assertProblem(api.post("/api/users/me/dms", r.owner().token(), "{\"userIds\":[]}"), 400, "invalid-input");
        assertProblem(api.post("/api/users/me/dms", r.owner().token(), "{\"userIds\":[\"nope\"]}"), 400, "invalid-input");

        String channelId = api.post("/api/users/me/dms", r.member().token(), ids(r.owner().id())).json().getString("channelId");
        assertThat(api.put("/api/users/me/blocks/" + r.member().id(), r.owner().token(), null).status()).isEqualTo(204);
        assertThat(api.get("/api/users/me/blocks", r.owner().token()).array().getJsonObject(0).getString("id"))
                .isEqualTo(r.member().id());
        Api.Reply silenced = api.post("/api/channels/" + channelId + "/messages", r.member().token(), "{\"content\":\"hey\"}");
        assertProblem(silenced, 403, "forbidden");
        assertProblem(api.post("/api/users/me/dms", r.member().token(), ids(r.owner().id(), r.blind().id())), 403,
                "forbidden");
        assertProblem(api.put("/api/users/me/blocks/" + r.owner().id(), r.owner().token(), null), 400, "invalid-input");
        assertProblem(api.put("/api/users/me/blocks/" + UUID.randomUUID(), r.owner().token(), null), 404, "not-found");

        assertThat(api.delete("/api/users/me/blocks/" + r.member().id(), r.owner().token()).status()).isEqualTo(204);
        assertThat(api.post("/api/channels/" + channelId + "/messages", r.member().token(), "{\"content\":\"hey\"}")
                .status()).as("unblocked: it works again at once").isEqualTo(201);
    }

    @Test
    void aGroupConversationHoldsUpToTenAndItsMembersMayLeave() {
        Room r = room("group");
        Api api = r.api();
        Api.Reply group = api.post("/api/users/me/dms", r.owner().token(), ids(r.member().id(), r.blind().id()));
        assertThat(group.status()).as(group.toString()).isEqualTo(201);
        assertThat(group.json().getBoolean("group")).isTrue();
        assertThat(group.json().getString("ownerId")).isEqualTo(r.owner().id());
        String dmId = group.json().getString("id");
        String channelId = group.json().getString("channelId");
        api.postMessage(r.blind(), channelId, "hello group");
        assertThat(api.get("/api/channels/" + channelId + "/messages", r.member().token()).array()).hasSize(1);

        String[] eleven = new String[10];
        for (int i = 0; i < 10; i++) {
            eleven[i] = UUID.randomUUID().toString();
        }
        Api.Reply tooMany = api.post("/api/users/me/dms", r.owner().token(), ids(eleven));
        assertProblem(tooMany, 400, "invalid-input");
        assertThat(tooMany.json().getJsonObject("fields").keySet()).containsExactly("userIds");

        assertThat(api.delete("/api/users/me/dms/" + dmId, r.blind().token()).status()).isEqualTo(204);
        assertProblem(api.get("/api/channels/" + channelId + "/messages", r.blind().token()), 404, "not-found");
        assertProblem(api.get("/api/users/me/dms/" + dmId, r.blind().token()), 404, "not-found");
        assertThat(api.get("/api/users/me/dms/" + dmId, r.member().token()).json().getJsonArray("participants")).hasSize(2);
        String pair = api.post("/api/users/me/dms", r.owner().token(), ids(r.member().id())).json().getString("id");
        assertProblem(api.delete("/api/users/me/dms/" + pair, r.owner().token()), 400, "invalid-input");
        assertProblem(api.delete("/api/users/me/dms/" + pair, r.outsider().token()), 404, "not-found");
    }

    @Test
    void markingAChannelReadReachesAllOfOnesOwnConnectionsAndNoOneElses() {
        Room r = room("readsync");
        Api api = r.api();
        String id = api.postMessage(r.owner(), r.channelId(), "read me");
        try (GatewayClient phone = GatewayClient.signedIn(base, r.member());
                GatewayClient laptop = GatewayClient.signedIn(base, r.member());
                GatewayClient ownerWs = GatewayClient.signedIn(base, r.owner())) {
            assertThat(api.put("/api/channels/" + r.channelId() + "/read", r.member().token(),
                    "{\"messageId\":\"" + id + "\"}").status()).isEqualTo(204);
            for (GatewayClient device : List.of(phone, laptop)) {
                JsonObject update = device.expect("read-state:update").getJsonObject("data");
                assertThat(update.getString("channelId")).isEqualTo(r.channelId());
                assertThat(update.getString("serverId")).isEqualTo(r.serverId());
                assertThat(update.getString("lastReadMessageId")).isEqualTo(id);
            }
            assertThat(ownerWs.drainWithHeartbeat()).as("another's read state is theirs alone").isEmpty();
        }
    }

    @Test
    void aThreadStartsFromAMessageFollowsItsParentsPermissionsAndHasItsOwnHistory() {
        Room r = room("thread");
        Api api = r.api();
        String root = api.postMessage(r.owner(), r.channelId(), "shall we discuss?");
        try (GatewayClient memberWs = GatewayClient.signedIn(base, r.member());
                GatewayClient blindWs = GatewayClient.signedIn(base, r.blind())) {
            Api.Reply started = api.post("/api/messages/" + root + "/threads", r.member().token(), "{\"name\":\"Discussion\"}");
            assertThat(started.status()).as(started.toString()).isEqualTo(201);
            JsonObject thread = started.json();
            String threadId = thread.getString("id");
            assertThat(thread.getString("parentId")).isEqualTo(r.channelId());
            assertThat(thread.getString("messageId")).isEqualTo(root);
            assertThat(thread.getString("ownerId")).isEqualTo(r.member().id());
            JsonObject created = memberWs.expect("thread:create").getJsonObject("data");
            assertThat(created.getString("id")).isEqualTo(threadId);

            String inThread = api.postMessage(r.owner(), threadId, "inside the thread");
            JsonObject live = memberWs.expect("message:new").getJsonObject("data");
            assertThat(live.getString("channelId")).isEqualTo(threadId);
            assertThat(live.getJsonObject("message").getString("id")).isEqualTo(inThread);
            assertThat(blindWs.drainWithHeartbeat()).as("who cannot see the parent sees nothing of its thread").isEmpty();

            Api.Reply renamed = api.send(api.request("/api/threads/" + threadId, r.member().token())
                    .header("Content-Type", "application/json")
                    .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"Renamed\"}")).build());
            assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
            assertThat(memberWs.expect("thread:update").getJsonObject("data").getString("name")).isEqualTo("Renamed");
            Api.Reply notTheirs = api.send(api.request("/api/threads/" + threadId, r.blind().token())
                    .header("Content-Type", "application/json")
                    .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build());
            assertProblem(notTheirs, 404, "not-found");

            assertThat(api.get("/api/channels/" + threadId + "/messages", r.member().token()).array()
                    .getValuesAs(JsonObject.class)).extracting(m -> m.getString("content")).containsExactly("inside the thread");
            assertThat(api.get("/api/channels/" + r.channelId() + "/messages", r.member().token()).array()
                    .getValuesAs(JsonObject.class)).extracting(m -> m.getString("content")).containsExactly("shall we discuss?");
            assertThat(api.get("/api/channels/" + r.channelId() + "/threads", r.member().token()).array()
                    .getValuesAs(JsonObject.class)).extracting(t -> t.getString("id")).containsExactly(threadId);
            assertThat(api.get("/api/servers/" + r.serverId() + "/channels", r.member().token()).array()
                    .getValuesAs(JsonObject.class)).extracting(c -> c.getString("id")).as("listed under its parent only")
                    .doesNotContain(threadId);
            assertProblem(api.get("/api/channels/" + threadId + "/messages", r.blind().token()), 404, "not-found");
            assertProblem(api.post("/api/messages/" + root + "/threads", r.blind().token(), "{\"name\":\"x\"}"), 404,
                    "not-found");
            Api.Reply second = api.post("/api/messages/" + root + "/threads", r.owner().token(), "{\"name\":\"again\"}");
            assertProblem(second, 409, "conflict");
            assertProblem(api.post("/api/messages/" + inThread + "/threads", r.owner().token(), "{\"name\":\"nested\"}"),
                    400, "invalid-input");
            assertProblem(api.post("/api/messages/" + root + "/threads", r.owner().token(), "{\"name\":\" \"}"), 400,
                    "invalid-input");
            JsonObject badge = api.get("/api/users/me/unread", r.member().token()).json().getJsonArray("channels")
                    .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("channelId").equals(threadId))
                    .findFirst().orElseThrow();
            assertThat(badge.getInt("unread")).as("a thread has its own unread state").isEqualTo(1);
        }
    }
}
