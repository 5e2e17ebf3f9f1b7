package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An admin shapes a server and its channels as Discord admins expect: server settings, ownership,
 * invites (temporary ones among them), the member list and leaving, channel settings, deletion and
 * reordering; each change reaches the members live and leaves an audit row.
 */
class ServersChannelsIT extends ParleyDeployment {

    private Api api() {
        return new Api(base);
    }

    /** A server with its owner, a member (no extra permission) and an outsider. */
    private record Room(Api api, Api.User owner, Api.User member, Api.User outsider, String serverId, String channelId) {
    }

    private Room room(String name) {
        Api api = api();
        Api.User owner = api.signUp(name + "_own");
        Api.User member = api.signUp(name + "_mem");
        Api.User outsider = api.signUp(name + "_out");
        String serverId = api.createServer(owner, name);
        api.join(member, owner, serverId);
        return new Room(api, owner, member, outsider, serverId, api.firstChannel(owner, serverId));
    }

    private static Api.Reply patch(Api api, String path, String token, String json) {
        return api.send(api.request(path, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static void assertProblem(Api.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).isEqualTo("https://parley.dev/problems/" + type);
        assertThat(reply.body()).doesNotContain("Exception");
    }

    private static void assertInvalid(Api.Reply reply, String... fields) {
        assertProblem(reply, 400, "invalid-input");
        assertThat(reply.json().getJsonObject("fields").keySet()).containsExactlyInAnyOrder(fields);
    }

    /** The next frame of that event, skipping others (member:join of the set-up, …). */
    private static JsonObject await(GatewayClient ws, String event) {
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            JsonObject frame = ws.next();
            if (event.equals(frame.getString("event"))) {
                return frame.getJsonObject("data");
            }
            skipped.add(frame.getString("event"));
        }
        throw new AssertionError("no " + event + "; got " + skipped);
    }

    /** The next frame of each of those events, in whatever order they come, skipping others. */
    private static java.util.Map<String, JsonObject> awaitEach(GatewayClient ws, String... events) {
        java.util.Map<String, JsonObject> got = new java.util.HashMap<>();
        List<String> wanted = List.of(events);
        for (int i = 0; i < 20 && got.size() < wanted.size(); i++) {
            JsonObject frame = ws.next();
            String event = frame.getString("event");
            if (wanted.contains(event) && !got.containsKey(event)) {
                got.put(event, frame.getJsonObject("data"));
            }
        }
        assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(wanted);
        return got;
    }

    /** Whether the field is null or left out (JSON-B leaves nulls out). */
    private static boolean gone(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static String json(String key, String value) {
        return Json.createObjectBuilder().add(key, value).build().toString();
    }

    private static Connection db() throws SQLException {
        String url = "jdbc:postgresql://" + System.getenv("PARLEY_DB_HOST") + ":" + System.getenv("PARLEY_DB_PORT") + "/"
                + System.getenv("PARLEY_DB_NAME");
        return DriverManager.getConnection(url, System.getenv("PARLEY_DB_USER"), System.getenv("PARLEY_DB_PASSWORD"));
    }

    /** The audit rows of a server for an action: "actor|targetId|changes" in order of writing. */
    private static List<String> audit(String serverId, String action) throws SQLException {
        try (Connection db = db(); var s = db.prepareStatement("select actor_id, target_id, changes::text from audit_log"
                + " where server_id = ?::uuid and action = ? order by id")) {
            s.setString(1, serverId);
            s.setString(2, action);
            List<String> rows = new ArrayList<>();
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
                }
            }
            return rows;
        }
    }

    @Test
    void whoMayManageTheServerChangesItsSettingsAndMembersSeeItLive() throws SQLException {
        Room r = room("settings");
        Api api = r.api();
        String path = "/api/servers/" + r.serverId();
        try (GatewayClient memberWs = GatewayClient.signedIn(base, r.member())) {
            assertProblem(patch(api, path, r.member().token(), json("name", "mine now")), 403, "forbidden");
            assertProblem(patch(api, path, r.outsider().token(), json("name", "mine now")), 404, "not-found");
            assertProblem(patch(api, "/api/servers/" + UUID.randomUUID(), r.owner().token(), json("name", "x")), 404,
                    "not-found");
            assertProblem(patch(api, path, null, json("name", "x")), 401, "not-authenticated");
            assertInvalid(patch(api, path, r.owner().token(), json("name", "   ")), "name");
            assertInvalid(patch(api, path, r.owner().token(), "{\"name\":null}"), "name");
            assertInvalid(patch(api, path, r.owner().token(), json("name", "n".repeat(101))), "name");
            assertInvalid(patch(api, path, r.owner().token(), json("iconUrl", "javascript:alert(1)")), "iconUrl");
            assertInvalid(patch(api, path, r.owner().token(), json("iconUrl", "https://x.test/" + "a".repeat(500))),
                    "iconUrl");
            assertInvalid(patch(api, path, r.owner().token(), "{\"name\":5}"), "name");
            assertProblem(patch(api, path, r.owner().token(), ""), 400, "invalid-input");
            assertProblem(patch(api, path, r.owner().token(), "[]"), 400, "malformed-json");

            Api.Reply changed = patch(api, path, r.owner().token(), Json.createObjectBuilder()
                    .add("name", " Café ☕ <script>alert(1)</script> ").add("description", "Where we talk")
                    .add("iconUrl", "https://cdn.example.test/icon.png").build().toString());
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(changed.json().getString("name")).isEqualTo("Café ☕ <script>alert(1)</script>");
            assertThat(changed.json().getString("description")).isEqualTo("Where we talk");
            assertThat(changed.json().getString("iconUrl")).isEqualTo("https://cdn.example.test/icon.png");
            JsonObject live = await(memberWs, "server:update");
            assertThat(live.getString("id")).isEqualTo(r.serverId());
            assertThat(live.getString("name")).isEqualTo("Café ☕ <script>alert(1)</script>");

            // PUT means the same: what is left out stays, null clears
            Api.Reply cleared = api.put(path, r.owner().token(), "{\"iconUrl\":null}");
            assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
            assertThat(cleared.json().getString("name")).isEqualTo("Café ☕ <script>alert(1)</script>");
            assertThat(cleared.json().getString("description")).isEqualTo("Where we talk");
            assertThat(gone(cleared.json(), "iconUrl")).isTrue();
            assertThat(gone(await(memberWs, "server:update"), "iconUrl")).isTrue();

            // nothing changed: no event, no audit row
            assertThat(patch(api, path, r.owner().token(), json("description", "Where we talk")).status()).isEqualTo(200);
            assertThat(memberWs.drainWithHeartbeat()).isEmpty();
        }
        assertThat(api.get(path, r.member().token()).json().getString("description")).isEqualTo("Where we talk");
        List<String> rows = audit(r.serverId(), "server.update");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith(r.owner().id() + "|" + r.serverId() + "|")
                .contains("\"before\": {\"name\": \"settings\"").contains("\"iconUrl\": \"https://cdn.example.test/icon.png\"");
        assertThat(rows.get(1)).contains("\"after\": {\"iconUrl\": null}")
                .contains("\"before\": {\"iconUrl\": \"https://cdn.example.test/icon.png\"}");
    }

    @Test
    void onlyTheOwnerTransfersOrDeletesTheServerAndItsMembersHearOfTheDeletion() throws SQLException {
        Room r = room("owner");
        Api api = r.api();
        String path = "/api/servers/" + r.serverId();
        assertProblem(api.delete(path, r.member().token()), 403, "forbidden");
        assertProblem(api.delete(path, r.outsider().token()), 404, "not-found");
        assertProblem(api.post(path + "/transfer", r.member().token(), json("userId", r.member().id())), 403, "forbidden");
        assertProblem(api.post(path + "/transfer", r.outsider().token(), json("userId", r.outsider().id())), 404,
                "not-found");
        assertInvalid(api.post(path + "/transfer", r.owner().token(), json("userId", r.outsider().id())), "userId");
        assertInvalid(api.post(path + "/transfer", r.owner().token(), json("userId", "not-a-uuid")), "userId");
        assertInvalid(api.post(path + "/transfer", r.owner().token(), "{}"), "userId");

        try (GatewayClient ownerWs = GatewayClient.signedIn(base, r.owner());
                GatewayClient memberWs = GatewayClient.signedIn(base, r.member())) {
            Api.Reply moved = api.post(path + "/transfer", r.owner().token(), json("userId", r.member().id()));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
            assertThat(moved.json().getString("ownerId")).isEqualTo(r.member().id());
            assertThat(await(memberWs, "server:update").getString("ownerId")).isEqualTo(r.member().id());
            assertThat(await(ownerWs, "server:update").getString("ownerId")).isEqualTo(r.member().id());
            assertThat(audit(r.serverId(), "server.transfer")).singleElement().asString()
                    .startsWith(r.owner().id() + "|" + r.serverId() + "|")
                    .contains("\"before\": {\"ownerId\": \"" + r.owner().id() + "\"}")
                    .contains("\"after\": {\"ownerId\": \"" + r.member().id() + "\"}");

            // the former owner is an ordinary member now: they may not delete it, and may leave
            assertProblem(api.delete(path, r.owner().token()), 403, "forbidden");
            assertThat(api.delete(path, r.member().token()).status()).isEqualTo(204);
            assertThat(await(memberWs, "server:delete").getString("serverId")).isEqualTo(r.serverId());
            assertThat(await(ownerWs, "server:delete").getString("serverId")).isEqualTo(r.serverId());
        }
        assertProblem(api.get(path, r.member().token()), 404, "not-found");
        assertProblem(api.get("/api/channels/" + r.channelId(), r.member().token()), 404, "not-found");
        assertThat(api.get("/api/servers", r.owner().token()).array().getValuesAs(JsonObject.class))
                .noneMatch(s -> s.getString("id").equals(r.serverId()));
        assertProblem(api.delete(path, r.member().token()), 404, "not-found");
    }

    @Test
    void invitesAreListedAndRevokedByTheirCreatorOrWhoManagesTheServerAndPreviewedByAnyone() throws SQLException {
        Room r = room("invites");
        Api api = r.api();
        String path = "/api/servers/" + r.serverId();
        Api.Reply made = api.post(path + "/invite", r.owner().token(), "{\"maxUses\":5,\"maxAgeSeconds\":3600,\"temporary\":true}");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.json().getBoolean("temporary")).isTrue();
        String ownersCode = made.json().getString("code");
        String membersCode = api.post(path + "/invite", r.member().token(), "{}").json().getString("code");
        assertInvalid(api.post(path + "/invite", r.owner().token(), "{\"temporary\":\"yes\"}"), "temporary");

        Api.Reply listed = api.get(path + "/invites", r.owner().token());
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        List<JsonObject> invites = listed.array().getValuesAs(JsonObject.class);
        JsonObject owners = invites.stream().filter(i -> i.getString("code").equals(ownersCode)).findFirst().orElseThrow();
        assertThat(owners.getInt("maxUses")).isEqualTo(5);
        assertThat(owners.getInt("uses")).isZero();
        assertThat(owners.getString("expiresAt")).isNotBlank();
        assertThat(owners.getBoolean("temporary")).isTrue();
        assertThat(owners.getJsonObject("inviter").getString("id")).isEqualTo(r.owner().id());
        assertThat(invites).extracting(i -> i.getString("code")).contains(membersCode);
        assertProblem(api.get(path + "/invites", r.member().token()), 403, "forbidden");
        assertProblem(api.get(path + "/invites", r.outsider().token()), 404, "not-found");

        Api.Reply preview = api.get("/api/invites/" + ownersCode, null);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().getString("serverName")).isEqualTo("invites");
        assertThat(preview.json().getInt("memberCount")).isEqualTo(2);
        assertProblem(api.get("/api/invites/nosuchcode", null), 404, "not-found");
        // the short link people are given opens the invite's page; what cannot be a code is not found
        try {
            var link = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    api.uri("/invite/" + ownersCode)).GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(link.statusCode()).isEqualTo(302);
            assertThat(link.headers().firstValue("Location").orElse("")).endsWith("/join.xhtml?code=" + ownersCode);
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(api.getAs("/invite/not%20a%20code", "text/html").status()).isEqualTo(404);
        assertThat(api.getAs("/invite/" + "x".repeat(17), "text/html").status()).isEqualTo(404);
        assertProblem(api.get("/api/invites/" + "x".repeat(300), null), 404, "not-found");

        assertProblem(api.delete("/api/invites/" + ownersCode, r.member().token()), 403, "forbidden");
        assertProblem(api.delete("/api/invites/" + ownersCode, r.outsider().token()), 404, "not-found");
        assertProblem(api.delete("/api/invites/" + ownersCode, null), 401, "not-authenticated");
        assertProblem(api.delete("/api/invites/nosuchcode", r.owner().token()), 404, "not-found");
        assertThat(api.delete("/api/invites/" + membersCode, r.member().token()).status()).isEqualTo(204);
        assertThat(api.delete("/api/invites/" + ownersCode, r.owner().token()).status()).isEqualTo(204);
        assertProblem(api.get("/api/invites/" + ownersCode, null), 404, "not-found");
        assertProblem(api.post("/api/servers/join/" + ownersCode, r.outsider().token(), null), 404, "not-found");
        assertThat(api.get(path + "/invites", r.owner().token()).array().getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("code")).doesNotContain(ownersCode, membersCode);

        assertThat(audit(r.serverId(), "invite.create")).hasSize(3).anySatisfy(row ->
                assertThat(row).startsWith(r.owner().id() + "|" + ownersCode + "|").contains("\"temporary\": true"));
        assertThat(audit(r.serverId(), "invite.delete")).hasSize(2)
                .anySatisfy(row -> assertThat(row).startsWith(r.member().id() + "|" + membersCode + "|"))
                .anySatisfy(row -> assertThat(row).startsWith(r.owner().id() + "|" + ownersCode + "|"));
    }

    @Test
    void aTemporaryMemberIsRemovedWhenTheirLastConnectionCloses() {
        Room r = room("temporary");
        Api api = r.api();
        Api.User guest = api.signUp("guest");
        String code = api.post("/api/servers/" + r.serverId() + "/invite", r.owner().token(), "{\"temporary\":true}")
                .json().getString("code");
        try (GatewayClient ownerWs = GatewayClient.signedIn(base, r.owner())) {
            assertThat(api.post("/api/servers/join/" + code, guest.token(), null).status()).isEqualTo(200);
            assertThat(await(ownerWs, "member:join").getJsonObject("user").getString("id")).isEqualTo(guest.id());
            try (GatewayClient guestWs = GatewayClient.signedIn(base, guest)) {
                assertThat(guestWs.authenticated()).isNotNull();
                assertThat(api.get("/api/servers/" + r.serverId(), guest.token()).status()).isEqualTo(200);
            }
            JsonObject removed = await(ownerWs, "member:remove");
            assertThat(removed.getString("userId")).isEqualTo(guest.id());
            assertThat(removed.getString("reason")).isEqualTo("left");
        }
        assertProblem(api.get("/api/servers/" + r.serverId(), guest.token()), 404, "not-found");
        // an ordinary member who disconnects stays
        try (GatewayClient memberWs = GatewayClient.signedIn(base, r.member())) {
            assertThat(memberWs.authenticated()).isNotNull();
        }
        assertThat(api.get("/api/servers/" + r.serverId() + "/members/" + r.member().id(), r.owner().token()).status())
                .isEqualTo(200);
    }

    @Test
    void membersAreListedInPagesAndAMemberLeavesButTheOwnerMayNot() {
        Room r = room("members");
        Api api = r.api();
        Api.User third = api.signUp("third");
        api.join(third, r.owner(), r.serverId());
        String path = "/api/servers/" + r.serverId() + "/members";

        Api.Reply all = api.get(path, r.member().token());
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        List<JsonObject> members = all.array().getValuesAs(JsonObject.class);
        List<String> ids = members.stream().map(m -> m.getJsonObject("user").getString("id")).toList();
        assertThat(ids).containsExactlyInAnyOrder(r.owner().id(), r.member().id(), third.id());
        assertThat(ids).isSorted();
        JsonObject one = members.get(0);
        assertThat(one.getString("joinedAt")).isNotBlank();
        assertThat(one.getJsonArray("roles")).isEmpty();

        List<JsonObject> first = api.get(path + "?limit=2", r.member().token()).array().getValuesAs(JsonObject.class);
        assertThat(first).hasSize(2);
        List<JsonObject> rest = api.get(path + "?limit=2&after=" + first.get(1).getJsonObject("user").getString("id"),
                r.member().token()).array().getValuesAs(JsonObject.class);
        assertThat(rest).extracting(m -> m.getJsonObject("user").getString("id")).containsExactly(ids.get(2));
        assertInvalid(api.get(path + "?limit=0", r.member().token()), "limit");
        assertInvalid(api.get(path + "?limit=1001", r.member().token()), "limit");
        assertInvalid(api.get(path + "?limit=ten", r.member().token()), "limit");
        assertInvalid(api.get(path + "?after=%3Cscript%3E", r.member().token()), "after");
        assertProblem(api.get(path, r.outsider().token()), 404, "not-found");
        assertProblem(api.get(path, null), 401, "not-authenticated");

        Api.Reply single = api.get(path + "/" + third.id(), r.member().token());
        assertThat(single.status()).as(single.toString()).isEqualTo(200);
        assertThat(single.json().getJsonObject("user").getString("username")).isEqualTo(third.username());
        assertProblem(api.get(path + "/" + r.outsider().id(), r.member().token()), 404, "not-found");
        assertProblem(api.get(path + "/" + third.id(), r.outsider().token()), 404, "not-found");

        Api.Reply ownerLeaves = api.delete(path + "/@me", r.owner().token());
        assertProblem(ownerLeaves, 409, "conflict");
        assertThat(ownerLeaves.json().getString("detail")).contains("transfer");
        assertProblem(api.delete(path + "/@me", r.outsider().token()), 404, "not-found");
        try (GatewayClient ownerWs = GatewayClient.signedIn(base, r.owner());
                GatewayClient thirdWs = GatewayClient.signedIn(base, third)) {
            assertThat(api.delete(path + "/@me", third.token()).status()).isEqualTo(204);
            JsonObject removed = await(ownerWs, "member:remove");
            assertThat(removed.getString("userId")).isEqualTo(third.id());
            assertThat(removed.getString("reason")).isEqualTo("left");
            assertThat(await(thirdWs, "member:remove").getString("userId")).isEqualTo(third.id());
            // nothing of the server reaches who left
            api.postMessage(r.owner(), r.channelId(), "after you left");
            assertThat(await(ownerWs, "message:new").getJsonObject("message").getString("content")).isEqualTo("after you left");
            assertThat(thirdWs.drainWithHeartbeat()).isEmpty();
        }
        assertProblem(api.get("/api/servers/" + r.serverId(), third.token()), 404, "not-found");
        assertThat(api.get(path, r.owner().token()).array()).hasSize(2);
    }

    @Test
    void whoMayManageChannelsChangesOneAndItsViewersSeeItLive() throws SQLException {
        Room r = room("chset");
        Api api = r.api();
        Api.User blind = api.signUp("blind");
        api.join(blind, r.owner(), r.serverId());
        Api.Reply created = api.post("/api/servers/" + r.serverId() + "/channels", r.owner().token(),
                "{\"name\":\"plans\",\"type\":\"text\"}");
        String plans = created.json().getString("id");
        assertThat(api.put("/api/channels/" + plans + "/overwrites/" + blind.id(), r.owner().token(),
                "{\"type\":\"member\",\"deny\":[\"VIEW_CHANNEL\"]}").status()).isEqualTo(204);
        String category = api.post("/api/servers/" + r.serverId() + "/channels", r.owner().token(),
                "{\"name\":\"Projects\",\"type\":\"category\"}").json().getString("id");
        Room other = room("chother");
        String othersCategory = api.post("/api/servers/" + other.serverId() + "/channels", other.owner().token(),
                "{\"name\":\"Theirs\",\"type\":\"category\"}").json().getString("id");
        String path = "/api/channels/" + plans;

        assertProblem(patch(api, path, r.member().token(), json("name", "mine")), 403, "forbidden");
        assertProblem(patch(api, path, blind.token(), json("name", "mine")), 404, "not-found");
        assertProblem(patch(api, path, r.outsider().token(), json("name", "mine")), 404, "not-found");
        assertProblem(patch(api, "/api/channels/" + UUID.randomUUID(), r.owner().token(), json("name", "x")), 404,
                "not-found");
        assertInvalid(patch(api, path, r.owner().token(), json("name", "")), "name");
        assertInvalid(patch(api, path, r.owner().token(), json("name", "c".repeat(101))), "name");
        assertInvalid(patch(api, path, r.owner().token(), json("type", "voice")), "type");
        assertInvalid(patch(api, path, r.owner().token(), "{\"slowModeSeconds\":21601}"), "slowModeSeconds");
        assertInvalid(patch(api, path, r.owner().token(), "{\"slowModeSeconds\":-1}"), "slowModeSeconds");
        assertInvalid(patch(api, path, r.owner().token(), "{\"position\":-1}"), "position");
        assertInvalid(patch(api, path, r.owner().token(), json("parentId", othersCategory)), "parentId");
        assertInvalid(patch(api, path, r.owner().token(), json("parentId", r.channelId())), "parentId");
        assertInvalid(patch(api, "/api/channels/" + category, r.owner().token(), "{\"slowModeSeconds\":10}"),
                "slowModeSeconds");

        try (GatewayClient memberWs = GatewayClient.signedIn(base, r.member());
                GatewayClient blindWs = GatewayClient.signedIn(base, blind)) {
            Api.Reply changed = patch(api, path, r.owner().token(), Json.createObjectBuilder()
                    .add("name", " 計画 <b>x</b> ").add("topic", "<script>alert(1)</script>").add("slowModeSeconds", 30)
                    .add("parentId", category).add("type", "text").build().toString());
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(changed.json().getString("name")).isEqualTo("計画 <b>x</b>");
            assertThat(changed.json().getString("topic")).isEqualTo("<script>alert(1)</script>");
            assertThat(changed.json().getInt("slowModeSeconds")).isEqualTo(30);
            assertThat(changed.json().getString("parentId")).isEqualTo(category);
            JsonObject live = await(memberWs, "channel:update");
            assertThat(live.getString("id")).isEqualTo(plans);
            assertThat(live.getInt("slowModeSeconds")).isEqualTo(30);
            assertThat(blindWs.drainWithHeartbeat()).as("who cannot see the channel hears nothing of it").isEmpty();

            // MANAGE_CHANNELS in that channel is enough for it
            assertThat(api.put(path + "/overwrites/" + r.member().id(), r.owner().token(),
                    "{\"type\":\"member\",\"allow\":[\"MANAGE_CHANNELS\"]}").status()).isEqualTo(204);
            Api.Reply byMember = patch(api, path, r.member().token(), "{\"topic\":null,\"parentId\":null}");
            assertThat(byMember.status()).as(byMember.toString()).isEqualTo(200);
            assertThat(gone(byMember.json(), "topic")).isTrue();
            assertThat(gone(byMember.json(), "parentId")).isTrue();
            assertThat(byMember.json().getString("name")).isEqualTo("計画 <b>x</b>");
            assertThat(gone(await(memberWs, "channel:update"), "parentId")).isTrue();
            assertProblem(patch(api, "/api/channels/" + r.channelId(), r.member().token(), json("name", "x")), 403,
                    "forbidden");
        }
        assertThat(api.get(path, r.member().token()).json().getInt("slowModeSeconds")).isEqualTo(30);
        List<String> rows = audit(r.serverId(), "channel.update");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith(r.owner().id() + "|" + plans + "|")
                .contains("\"before\": {\"name\": \"plans\"").contains("\"slowModeSeconds\": 30");
        assertThat(rows.get(1)).startsWith(r.member().id() + "|" + plans + "|");
        assertThat(audit(r.serverId(), "channel.create")).hasSize(2);
    }

    @Test
    void channelsAreCreatedAndDeletedLiveAndADeletedCategoryLeavesItsChannelsAtTheTop() throws SQLException {
        Room r = room("chdel");
        Api api = r.api();
        String channels = "/api/servers/" + r.serverId() + "/channels";
        try (GatewayClient memberWs = GatewayClient.signedIn(base, r.member())) {
            String category = api.post(channels, r.owner().token(), "{\"name\":\"Work\",\"type\":\"category\"}")
                    .json().getString("id");
            assertThat(await(memberWs, "channel:create").getString("id")).isEqualTo(category);
            Api.Reply child = api.post(channels, r.owner().token(),
                    Json.createObjectBuilder().add("name", "tasks").add("parentId", category).build().toString());
            String tasks = child.json().getString("id");
            JsonObject createdLive = await(memberWs, "channel:create");
            assertThat(createdLive.getString("id")).isEqualTo(tasks);
            assertThat(createdLive.getString("parentId")).isEqualTo(category);

            assertProblem(api.delete("/api/channels/" + category, r.member().token()), 403, "forbidden");
            assertProblem(api.delete("/api/channels/" + category, r.outsider().token()), 404, "not-found");
            assertThat(api.delete("/api/channels/" + category, r.owner().token()).status()).isEqualTo(204);
            java.util.Map<String, JsonObject> events = awaitEach(memberWs, "channel:delete", "channel:update");
            JsonObject deleted = events.get("channel:delete");
            assertThat(deleted.getString("id")).isEqualTo(category);
            assertThat(deleted.getString("serverId")).isEqualTo(r.serverId());
            assertThat(deleted.keySet()).containsExactlyInAnyOrder("id", "serverId");
            JsonObject moved = events.get("channel:update");
            assertThat(moved.getString("id")).isEqualTo(tasks);
            assertThat(gone(moved, "parentId")).isTrue();
            List<JsonObject> left = api.get(channels, r.member().token()).array().getValuesAs(JsonObject.class);
            assertThat(left).extracting(c -> c.getString("id")).contains(tasks).doesNotContain(category);
            assertThat(gone(left.stream().filter(c -> c.getString("id").equals(tasks)).findFirst().orElseThrow(),
                    "parentId")).isTrue();
            assertProblem(api.get("/api/channels/" + category, r.owner().token()), 404, "not-found");

            // the last text channel may go too, with its messages
            api.postMessage(r.member(), tasks, "a task");
            await(memberWs, "message:new");
            assertThat(api.delete("/api/channels/" + tasks, r.owner().token()).status()).isEqualTo(204);
            assertThat(await(memberWs, "channel:delete").getString("id")).isEqualTo(tasks);
            assertThat(api.delete("/api/channels/" + r.channelId(), r.owner().token()).status()).isEqualTo(204);
            assertThat(await(memberWs, "channel:delete").getString("id")).isEqualTo(r.channelId());
            assertThat(api.get(channels, r.member().token()).array()).isEmpty();
            assertProblem(api.delete("/api/channels/" + tasks, r.owner().token()), 404, "not-found");
        }
        assertThat(audit(r.serverId(), "channel.delete")).hasSize(3).first().asString()
                .contains("\"name\": \"Work\"").contains("\"type\": \"category\"");
        assertThat(audit(r.serverId(), "channel.create")).hasSize(2);
    }

    @Test
    void whoMayManageChannelsReordersThemInOneRequest() throws SQLException {
        Room r = room("reorder");
        Api api = r.api();
        String channels = "/api/servers/" + r.serverId() + "/channels";
        String general = r.channelId();
        String category = api.post(channels, r.owner().token(), "{\"name\":\"Team\",\"type\":\"category\"}")
                .json().getString("id");
        String voice = api.post(channels, r.owner().token(), "{\"name\":\"Lounge\",\"type\":\"voice\"}")
                .json().getString("id");
        Room other = room("reother");

        String body = "[{\"id\":\"" + voice + "\",\"position\":0,\"parentId\":\"" + category + "\"},"
                + "{\"id\":\"" + category + "\",\"position\":1},{\"id\":\"" + general + "\",\"position\":2}]";
        assertProblem(patch(api, channels, r.member().token(), body), 403, "forbidden");
        assertProblem(patch(api, channels, r.outsider().token(), body), 404, "not-found");
        assertInvalid(patch(api, channels, r.owner().token(), "[{\"id\":\"" + other.channelId() + "\",\"position\":0}]"),
                "[0].id");
        assertInvalid(patch(api, channels, r.owner().token(), "[{\"id\":\"" + general + "\",\"position\":0},"
                + "{\"id\":\"" + general + "\",\"position\":1}]"), "[1].id");
        assertInvalid(patch(api, channels, r.owner().token(), "[{\"id\":\"" + general + "\",\"position\":\"1\"}]"),
                "[0].position");
        assertInvalid(patch(api, channels, r.owner().token(), "[{\"id\":\"" + general + "\"}]"), "[0].position");
        assertInvalid(patch(api, channels, r.owner().token(), "[{\"id\":\"" + category + "\",\"position\":0,"
                + "\"parentId\":\"" + category + "\"}]"), "[0].parentId");
        assertInvalid(patch(api, channels, r.owner().token(), "[5]"), "[0]");
        assertInvalid(patch(api, channels, r.owner().token(), "[]"), "body");
        assertProblem(patch(api, channels, r.owner().token(), "{}"), 400, "malformed-json");

        try (GatewayClient memberWs = GatewayClient.signedIn(base, r.member())) {
            Api.Reply reordered = patch(api, channels, r.owner().token(), body);
            assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
            List<JsonObject> list = reordered.array().getValuesAs(JsonObject.class);
            assertThat(list).extracting(c -> c.getString("id")).containsExactly(voice, category, general);
            assertThat(list.get(0).getString("parentId")).isEqualTo(category);
            // the category was at 1 already: only the two that moved are told
            List<String> updated = List.of(await(memberWs, "channel:update").getString("id"),
                    await(memberWs, "channel:update").getString("id"));
            assertThat(updated).containsExactlyInAnyOrder(voice, general);
            assertThat(memberWs.drainWithHeartbeat()).isEmpty();
        }
        assertThat(api.get(channels, r.member().token()).array().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("id")).containsExactly(voice, category, general);
        assertThat(audit(r.serverId(), "channel.reorder")).singleElement().asString()
                .startsWith(r.owner().id() + "|" + r.serverId() + "|").contains(voice).contains(general)
                .doesNotContain(category + "\": {");
    }
}
