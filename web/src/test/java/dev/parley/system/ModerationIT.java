package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.permission.control.Permission;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Moderation as a Discord admin expects it: kick, ban (deleting the banned user's recent
 * messages), unban and the ban list, time-out, nicknames, slow mode, deleting anyone's message,
 * the role hierarchy that limits moderators, and the audit log of all of it; a removed member
 * hears that they were removed and then nothing more of the server.
 *
 * <p>Roles are given with SQL (their endpoints are another room's); a join afterwards makes the
 * server's cached permission facts reload.
 */
class ModerationIT extends ParleyDeployment {

    private static final long MODERATOR = Permission.of(Permission.KICK_MEMBERS, Permission.BAN_MEMBERS,
            Permission.MODERATE_MEMBERS, Permission.MANAGE_NICKNAMES, Permission.VIEW_AUDIT_LOG, Permission.MANAGE_MESSAGES);

    /** A server with its owner, an administrator, a moderator (below the administrator), two members and an outsider. */
    private record Guild(Api api, Api.User owner, Api.User admin, Api.User mod, Api.User member, Api.User other,
            Api.User outsider, String serverId, String channelId) {
    }

    private Guild guild(String name) throws SQLException {
        Api api = new Api(base);
        Api.User owner = api.signUp(name + "_own");
        Api.User admin = api.signUp(name + "_adm");
        Api.User mod = api.signUp(name + "_mod");
        Api.User member = api.signUp(name + "_mem");
        Api.User other = api.signUp(name + "_oth");
        Api.User outsider = api.signUp(name + "_out");
        String serverId = api.createServer(owner, name);
        for (Api.User u : List.of(admin, mod, member, other)) {
            api.join(u, owner, serverId);
        }
        try (Connection db = db()) {
            assign(db, serverId, admin.id(), role(db, serverId, "Admin", 2, Permission.of(Permission.ADMINISTRATOR)));
            assign(db, serverId, mod.id(), role(db, serverId, "Moderator", 1, MODERATOR));
        }
        refreshFacts(api, owner, serverId);
        return new Guild(api, owner, admin, mod, member, other, outsider, serverId, api.firstChannel(owner, serverId));
    }

    /** Raw SQL is not seen by the permission cache: a join drops the server's facts, so they load anew. */
    private static void refreshFacts(Api api, Api.User owner, String serverId) {
        api.join(api.signUp("nudge"), owner, serverId);
    }

    private static Connection db() throws SQLException {
        String url = "jdbc:postgresql://" + System.getenv("PARLEY_DB_HOST") + ":" + System.getenv("PARLEY_DB_PORT") + "/"
                + System.getenv("PARLEY_DB_NAME");
        return DriverManager.getConnection(url, System.getenv("PARLEY_DB_USER"), System.getenv("PARLEY_DB_PASSWORD"));
    }

    private static String role(Connection db, String serverId, String name, int position, long bits) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (var insert = db.prepareStatement("insert into roles (id, server_id, name, permissions, position)"
                + " values (?::uuid, ?::uuid, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, serverId);
            insert.setString(3, name);
            insert.setLong(4, bits);
            insert.setInt(5, position);
            insert.executeUpdate();
        }
        return id;
    }

    private static void assign(Connection db, String serverId, String userId, String roleId) throws SQLException {
        sql(db, "insert into user_roles (user_id, role_id, server_id) values ('" + userId + "', '" + roleId + "', '"
                + serverId + "')");
    }

    private static void sql(Connection db, String statement) throws SQLException {
        try (var s = db.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static void assertProblem(Api.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).isEqualTo("https://parley.dev/problems/" + type);
    }

    private static Api.Reply patch(Api api, String path, Api.User as, String json) {
        return api.send(api.request(path, as.token()).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String member(Guild g, Api.User u) {
        return "/api/servers/" + g.serverId() + "/members/" + u.id();
    }

    private static String ban(Guild g, Api.User u) {
        return "/api/servers/" + g.serverId() + "/bans/" + u.id();
    }

    private static List<JsonObject> auditLog(Guild g, String query) {
        Api.Reply log = g.api().get("/api/servers/" + g.serverId() + "/audit-log" + query, g.owner().token());
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        return log.array().getValuesAs(JsonObject.class);
    }

    /** A field JSON leaves out when it has no value, or gives as null. */
    private static boolean absentOrNull(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static Instant instant(String text) {
        return java.time.OffsetDateTime.parse(text).toInstant();
    }

    private static List<String> historyIds(Guild g) {
        return g.api().get("/api/channels/" + g.channelId() + "/messages?limit=100", g.owner().token()).array()
                .getValuesAs(JsonObject.class).stream().map(m -> m.getString("id")).toList();
    }

    @Test
    void aKickedMemberIsRemovedAtOnceHearsItAndThenNothingMoreOfTheServer() throws Exception {
        Guild g = guild("kick");
        Api api = g.api();
        try (GatewayClient kickedWs = GatewayClient.signedIn(base, g.member());
                GatewayClient otherWs = GatewayClient.signedIn(base, g.other())) {
            Api.Reply kicked = api.send(api.request(member(g, g.member()), g.mod().token())
                    .header("X-Audit-Log-Reason", URLEncoder.encode("spamming links", StandardCharsets.UTF_8))
                    .DELETE().build());
            assertThat(kicked.status()).as(kicked.toString()).isEqualTo(204);

            JsonObject removed = kickedWs.expect("member:remove").getJsonObject("data");
            assertThat(removed.getString("userId")).isEqualTo(g.member().id());
            assertThat(removed.getString("reason")).isEqualTo("kicked");
            assertThat(otherWs.expect("member:remove").getJsonObject("data").getString("reason")).isEqualTo("kicked");

            api.postMessage(g.owner(), g.channelId(), "after the kick");
            assertThat(otherWs.expect("message:new").getJsonObject("data").getJsonObject("message").getString("content")).isEqualTo("after the kick");
            assertThat(kickedWs.drainWithHeartbeat()).as("the kicked member hears nothing more of the server").isEmpty();
        }
        assertProblem(api.get("/api/servers/" + g.serverId(), g.member().token()), 404, "not-found");
        assertProblem(api.get("/api/channels/" + g.channelId() + "/messages", g.member().token()), 404, "not-found");
        assertProblem(api.delete(member(g, g.member()), g.mod().token()), 404, "not-found");

        JsonObject entry = auditLog(g, "?action=member.kick").get(0);
        assertThat(entry.getString("targetId")).isEqualTo(g.member().id());
        assertThat(entry.getString("targetType")).isEqualTo("user");
        assertThat(entry.getJsonObject("actor").getString("id")).isEqualTo(g.mod().id());
        assertThat(entry.getString("reason")).isEqualTo("spamming links");

        api.join(g.member(), g.owner(), g.serverId());
        assertThat(api.get("/api/servers/" + g.serverId(), g.member().token()).status())
                .as("a kick is no ban: an invite lets them back").isEqualTo(200);
    }

    @Test
    void onlyWhoMayKickAndStandsAboveTheMemberKicksThem() throws Exception {
        Guild g = guild("rank");
        Api api = g.api();
        assertProblem(api.delete(member(g, g.member()), g.outsider().token()), 404, "not-found");
        Api.Reply noRight = api.delete(member(g, g.other()), g.member().token());
        assertProblem(noRight, 403, "forbidden");
        Api.Reply aboveMod = api.delete(member(g, g.admin()), g.mod().token());
        assertProblem(aboveMod, 403, "forbidden");
        assertThat(aboveMod.json().getString("detail")).isEqualTo("You can only kick members whose highest role is below yours.");
        Api.Reply theOwner = api.delete(member(g, g.owner()), g.mod().token());
        assertProblem(theOwner, 403, "forbidden");
        assertThat(theOwner.json().getString("detail")).isEqualTo("Nobody can kick the owner of the server.");
        assertProblem(api.delete(member(g, g.owner()), g.admin().token()), 403, "forbidden");
        Api.Reply self = api.delete(member(g, g.mod()), g.mod().token());
        assertProblem(self, 400, "invalid-input");
        assertProblem(api.delete(member(g, g.outsider()), g.mod().token()), 404, "not-found");
        assertProblem(api.delete("/api/servers/" + UUID.randomUUID() + "/members/" + g.member().id(), g.mod().token()),
                404, "not-found");
        assertProblem(api.put(ban(g, g.admin()), g.mod().token(), "{}"), 403, "forbidden");
        assertProblem(api.put(ban(g, g.other()), g.member().token(), "{}"), 403, "forbidden");
        assertProblem(api.put(ban(g, g.other()), g.outsider().token(), "{}"), 404, "not-found");
        assertProblem(api.get("/api/servers/" + g.serverId() + "/bans", g.member().token()), 403, "forbidden");
        assertProblem(api.get("/api/servers/" + g.serverId() + "/bans", g.outsider().token()), 404, "not-found");
        assertThat(api.get("/api/servers/" + g.serverId() + "/bans", g.mod().token()).status()).isEqualTo(200);
        // the administrator stands above the moderator, the owner above everyone
        assertThat(api.delete(member(g, g.mod()), g.admin().token()).status()).isEqualTo(204);
        assertThat(api.delete(member(g, g.admin()), g.owner().token()).status()).isEqualTo(204);
        assertThat(auditLog(g, "?action=member.kick")).extracting(e -> e.getString("targetId"))
                .containsExactly(g.admin().id(), g.mod().id());
    }

    @Test
    void aBanRemovesTheMemberDeletesTheirRecentMessagesAndKeepsThemOutUntilUnbanned() throws Exception {
        Guild g = guild("ban");
        Api api = g.api();
        String old = api.postMessage(g.member(), g.channelId(), "from two hours ago");
        try (Connection db = db()) {
            sql(db, "update messages set created_at = now() - interval '2 hours' where id = '" + old + "'");
        }
        String kept = api.postMessage(g.other(), g.channelId(), "someone else's words");
        String spam1 = api.postMessage(g.member(), g.channelId(), "buy now");
        String spam2 = api.postMessage(g.member(), g.channelId(), "buy now!!");

        assertProblem(api.put(ban(g, g.member()), g.mod().token(), "{\"deleteMessageSeconds\":604801}"), 400, "invalid-input");
        try (GatewayClient bannedWs = GatewayClient.signedIn(base, g.member());
                GatewayClient otherWs = GatewayClient.signedIn(base, g.other())) {
            Api.Reply banned = api.put(ban(g, g.member()), g.mod().token(),
                    "{\"reason\":\"spam\",\"deleteMessageSeconds\":3600}");
            assertThat(banned.status()).as(banned.toString()).isEqualTo(204);

            assertThat(bannedWs.expect("member:remove").getJsonObject("data").getString("reason")).isEqualTo("banned");
            // one message:delete-bulk for the channel with every deleted id, not one message:delete each
            List<String> events = new ArrayList<>();
            List<String> deleted = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                JsonObject frame = otherWs.next();
                events.add(frame.getString("event"));
                if ("message:delete-bulk".equals(frame.getString("event"))) {
                    assertThat(frame.getJsonObject("data").getString("channelId")).isEqualTo(g.channelId());
                    frame.getJsonObject("data").getJsonArray("ids").getValuesAs(jakarta.json.JsonString.class)
                            .forEach(id -> deleted.add(id.getString()));
                }
            }
            assertThat(events).containsExactlyInAnyOrder("member:remove", "message:delete-bulk");
            assertThat(deleted).containsExactlyInAnyOrder(spam1, spam2);

            api.postMessage(g.owner(), g.channelId(), "after the ban");
            assertThat(otherWs.expect("message:new").getJsonObject("data").getJsonObject("message").getString("content")).isEqualTo("after the ban");
            assertThat(bannedWs.drainWithHeartbeat()).as("the banned user hears nothing more of the server").isEmpty();
        }
        assertThat(historyIds(g)).contains(old, kept).doesNotContain(spam1, spam2);
        assertProblem(api.get("/api/messages/" + spam1, g.owner().token()), 404, "not-found");

        String code = api.post("/api/servers/" + g.serverId() + "/invite", g.owner().token(), "{}").json().getString("code");
        Api.Reply refused = api.post("/api/servers/join/" + code, g.member().token(), null);
        assertProblem(refused, 403, "forbidden");
        assertThat(refused.json().getString("detail")).isEqualTo("You are banned from this server.");

        // a user who is no member can be banned before they come; an unknown user cannot
        assertThat(api.put(ban(g, g.outsider()), g.mod().token(), null).status()).isEqualTo(204);
        assertProblem(api.post("/api/servers/join/" + code, g.outsider().token(), null), 403, "forbidden");
        assertProblem(api.put("/api/servers/" + g.serverId() + "/bans/" + UUID.randomUUID(), g.mod().token(), "{}"),
                404, "not-found");
        assertProblem(api.put(ban(g, g.mod()), g.mod().token(), "{}"), 400, "invalid-input");

        Api.Reply list = api.get("/api/servers/" + g.serverId() + "/bans", g.mod().token());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<JsonObject> bans = list.array().getValuesAs(JsonObject.class);
        assertThat(bans).extracting(b -> b.getJsonObject("user").getString("id"))
                .containsExactlyInAnyOrder(g.member().id(), g.outsider().id());
        JsonObject memberBan = bans.stream().filter(b -> b.getJsonObject("user").getString("id").equals(g.member().id()))
                .findFirst().orElseThrow();
        assertThat(memberBan.getString("reason")).isEqualTo("spam");
        assertThat(memberBan.getJsonObject("bannedBy").getString("id")).isEqualTo(g.mod().id());
        assertThat(memberBan.getString("createdAt")).isNotBlank();

        JsonObject entry = auditLog(g, "?action=member.ban&limit=1").get(0);
        assertThat(entry.getString("targetId")).isEqualTo(g.outsider().id());
        JsonObject first = auditLog(g, "?action=member.ban").get(1);
        assertThat(first.getString("reason")).isEqualTo("spam");
        assertThat(first.getJsonObject("changes").getJsonObject("after").getInt("deletedMessages")).isEqualTo(2);

        assertThat(api.delete(ban(g, g.member()), g.mod().token()).status()).isEqualTo(204);
        assertProblem(api.delete(ban(g, g.member()), g.mod().token()), 404, "not-found");
        assertProblem(api.delete(ban(g, g.outsider()), g.member().token()), 404, "not-found");
        assertThat(api.post("/api/servers/join/" + code, g.member().token(), null).status())
                .as("unbanned, they may join again").isEqualTo(200);
        assertThat(auditLog(g, "?action=member.unban")).extracting(e -> e.getString("targetId"))
                .containsExactly(g.member().id());
    }

    @Test
    void aTimedOutMemberReadsButCannotPostAndIsToldUntilWhen() throws Exception {
        Guild g = guild("timeout");
        Api api = g.api();
        Instant until = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        assertProblem(patch(api, member(g, g.member()), g.member(), "{\"timeoutUntil\":\"" + until + "\"}"), 403, "forbidden");
        assertProblem(patch(api, member(g, g.member()), g.outsider(), "{\"timeoutUntil\":\"" + until + "\"}"), 404, "not-found");
        assertProblem(patch(api, member(g, g.admin()), g.mod(), "{\"timeoutUntil\":\"" + until + "\"}"), 403, "forbidden");
        Api.Reply anAdmin = patch(api, member(g, g.admin()), g.owner(), "{\"timeoutUntil\":\"" + until + "\"}");
        assertProblem(anAdmin, 403, "forbidden");
        assertThat(anAdmin.json().getString("detail")).isEqualTo("Members with ADMINISTRATOR cannot be timed out.");
        assertProblem(patch(api, member(g, g.owner()), g.admin(), "{\"timeoutUntil\":\"" + until + "\"}"), 403, "forbidden");
        Api.Reply past = patch(api, member(g, g.member()), g.mod(), "{\"timeoutUntil\":\"2020-01-01T00:00:00Z\"}");
        assertProblem(past, 400, "invalid-input");
        assertThat(past.json().getJsonObject("fields").keySet()).containsExactly("timeoutUntil");
        Api.Reply tooLong = patch(api, member(g, g.member()), g.mod(),
                "{\"timeoutUntil\":\"" + Instant.now().plus(29, ChronoUnit.DAYS) + "\"}");
        assertProblem(tooLong, 400, "invalid-input");
        assertProblem(patch(api, member(g, g.member()), g.mod(), "{\"timeoutUntil\":\"soon\"}"), 400, "invalid-input");

        String before = api.postMessage(g.owner(), g.channelId(), "before the time-out");
        try (GatewayClient otherWs = GatewayClient.signedIn(base, g.other())) {
            Api.Reply timedOut = api.send(api.request(member(g, g.member()), g.mod().token())
                    .header("Content-Type", "application/json").header("X-Audit-Log-Reason", "cool%20down")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"timeoutUntil\":\"" + until + "\"}")).build());
            assertThat(timedOut.status()).as(timedOut.toString()).isEqualTo(200);
            assertThat(instant(timedOut.json().getString("timeoutUntil"))).isEqualTo(until);
            JsonObject update = otherWs.expect("member:update").getJsonObject("data");
            assertThat(update.getJsonObject("user").getString("id")).isEqualTo(g.member().id());
            assertThat(instant(update.getString("timeoutUntil"))).isEqualTo(until);
        }
        Api.Reply send = api.post("/api/channels/" + g.channelId() + "/messages", g.member().token(), "{\"content\":\"hi\"}");
        assertProblem(send, 403, "forbidden");
        assertThat(send.json().getString("detail")).isEqualTo("You are timed out in this server until " + until + ".");
        assertThat(historyIds(g)).as("they still read the channel").contains(before);
        assertThat(api.get("/api/channels/" + g.channelId() + "/messages", g.member().token()).status()).isEqualTo(200);

        JsonObject entry = auditLog(g, "?action=member.update").get(0);
        assertThat(entry.getString("reason")).isEqualTo("cool down");
        assertThat(absentOrNull(entry.getJsonObject("changes").getJsonObject("before"), "timeoutUntil")).isTrue();
        assertThat(instant(entry.getJsonObject("changes").getJsonObject("after").getString("timeoutUntil")))
                .isEqualTo(until);

        Api.Reply lifted = patch(api, member(g, g.member()), g.mod(), "{\"timeoutUntil\":null}");
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        assertThat(absentOrNull(lifted.json(), "timeoutUntil")).isTrue();
        assertThat(api.post("/api/channels/" + g.channelId() + "/messages", g.member().token(), "{\"content\":\"back\"}")
                .status()).isEqualTo(201);
    }

    @Test
    void membersNameThemselvesAndModeratorsRenameThoseBelowThem() throws Exception {
        Guild g = guild("nick");
        Api api = g.api();
        Api.Reply own = patch(api, member(g, g.member()), g.member(), "{\"nick\":\"  Anna  \"}");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().getString("nick")).isEqualTo("Anna");
        assertProblem(patch(api, member(g, g.other()), g.member(), "{\"nick\":\"Bob\"}"), 403, "forbidden");
        assertProblem(patch(api, member(g, g.admin()), g.mod(), "{\"nick\":\"Boss\"}"), 403, "forbidden");
        Api.Reply tooLong = patch(api, member(g, g.member()), g.member(), "{\"nick\":\"" + "x".repeat(33) + "\"}");
        assertProblem(tooLong, 400, "invalid-input");
        assertThat(tooLong.json().getJsonObject("fields").keySet()).containsExactly("nick");
        assertProblem(patch(api, member(g, g.member()), g.member(), "{}"), 400, "invalid-input");
        assertProblem(patch(api, member(g, g.member()), g.member(), "[1]"), 400, "malformed-json");

        Api.Reply renamed = patch(api, member(g, g.member()), g.mod(), "{\"nick\":\"Anna (moderated)\"}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().getString("nick")).isEqualTo("Anna (moderated)");
        Api.Reply cleared = patch(api, member(g, g.member()), g.member(), "{\"nick\":\"\"}");
        assertThat(absentOrNull(cleared.json(), "nick")).isTrue();

        try (Connection db = db()) {
            sql(db, "update roles set permissions = permissions & ~" + Permission.CHANGE_NICKNAME.bit()
                    + " where server_id = '" + g.serverId() + "' and is_default");
        }
        refreshFacts(api, g.owner(), g.serverId());
        assertProblem(patch(api, member(g, g.member()), g.member(), "{\"nick\":\"Anna\"}"), 403, "forbidden");

        List<JsonObject> updates = auditLog(g, "?action=member.update");
        assertThat(updates).hasSize(3);
        JsonObject changes = updates.get(1).getJsonObject("changes");
        assertThat(changes.getJsonObject("before").getString("nick")).isEqualTo("Anna");
        assertThat(changes.getJsonObject("after").getString("nick")).isEqualTo("Anna (moderated)");
        assertThat(updates.get(1).getJsonObject("actor").getString("id")).isEqualTo(g.mod().id());
    }

    @Test
    void whoMayManageMessagesDeletesAnyoneElsesAndOthersCannot() throws Exception {
        Guild g = guild("delete");
        Api api = g.api();
        String theirs = api.postMessage(g.member(), g.channelId(), "a rule-breaking message");
        assertProblem(api.delete("/api/messages/" + theirs, g.other().token()), 403, "forbidden");
        assertProblem(api.delete("/api/messages/" + theirs, g.outsider().token()), 404, "not-found");
        try (GatewayClient memberWs = GatewayClient.signedIn(base, g.member())) {
            assertThat(api.delete("/api/messages/" + theirs, g.mod().token()).status()).isEqualTo(204);
            assertThat(memberWs.expect("message:delete").getJsonObject("data").getString("messageId")).isEqualTo(theirs);
        }
        assertThat(historyIds(g)).doesNotContain(theirs);
    }

    @Test
    void slowModeMakesAMemberWaitAndSaysHowLongButNotModerators() throws Exception {
        Guild g = guild("slow");
        Api api = g.api();
        try (Connection db = db()) {
            sql(db, "update channels set slow_mode_seconds = 600 where id = '" + g.channelId() + "'");
        }
        refreshFacts(api, g.owner(), g.serverId());
        api.postMessage(g.member(), g.channelId(), "first");
        Api.Reply tooSoon = api.post("/api/channels/" + g.channelId() + "/messages", g.member().token(),
                "{\"content\":\"second\"}");
        assertProblem(tooSoon, 429, "rate-limited");
        assertThat(tooSoon.json().getString("detail")).matches("Slow mode: you can post again in \\d+ s\\.");
        long wait = Long.parseLong(tooSoon.json().getString("detail").replaceAll("\\D", ""));
        assertThat(wait).isBetween(1L, 600L);
        Api.Reply again = api.send(api.request("/api/channels/" + g.channelId() + "/messages", g.member().token())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"x\"}"))
                .build());
        assertProblem(again, 429, "rate-limited");
        assertThat(api.postMessage(g.other(), g.channelId(), "another member is not held back")).isNotBlank();
        api.postMessage(g.mod(), g.channelId(), "moderators");
        api.postMessage(g.mod(), g.channelId(), "are exempt");
        api.postMessage(g.owner(), g.channelId(), "and so is");
        api.postMessage(g.owner(), g.channelId(), "the owner");
        assertThat(historyIds(g)).hasSize(6);
    }

    @Test
    void theAuditLogIsFilteredByActionAndActorAndPagedNewestFirst() throws Exception {
        Guild g = guild("audit");
        Api api = g.api();
        for (int i = 0; i < 3; i++) {
            assertThat(patch(api, member(g, g.member()), g.mod(), "{\"nick\":\"m" + i + "\"}").status()).isEqualTo(200);
        }
        assertThat(patch(api, member(g, g.other()), g.owner(), "{\"nick\":\"o\"}").status()).isEqualTo(200);
        assertThat(api.delete(member(g, g.other()), g.owner().token()).status()).isEqualTo(204);

        List<JsonObject> all = auditLog(g, "");
        assertThat(all.subList(0, 5)).extracting(e -> e.getString("action"))
                .containsExactly("member.kick", "member.update", "member.update", "member.update", "member.update");
        assertThat(all.subList(5, all.size())).extracting(e -> e.getString("action"))
                .as("before them, the invites the set-up made").containsOnly("invite.create");
        assertThat(auditLog(g, "?userId=" + g.mod().id())).extracting(e -> e.getJsonObject("changes")
                .getJsonObject("after").getString("nick")).containsExactly("m2", "m1", "m0");
        assertThat(auditLog(g, "?action=member.update&userId=" + g.owner().id())).hasSize(1);
        List<JsonObject> page1 = auditLog(g, "?limit=2");
        assertThat(page1).extracting(e -> e.getString("id")).containsExactly(all.get(0).getString("id"), all.get(1).getString("id"));
        List<JsonObject> page2 = auditLog(g, "?limit=2&before=" + page1.get(1).getString("id"));
        assertThat(page2).extracting(e -> e.getString("id")).containsExactly(all.get(2).getString("id"), all.get(3).getString("id"));
        assertThat(auditLog(g, "?limit=2&before=" + all.get(4).getString("id"))).extracting(e -> e.getString("id"))
                .containsExactly(all.get(5).getString("id"), all.get(6).getString("id"));
        assertThat(auditLog(g, "?action=member.kick&before=" + all.get(0).getString("id"))).isEmpty();
        assertThat(all.get(0).getString("createdAt")).isNotBlank();
        assertThat(absentOrNull(all.get(0), "changes")).isTrue();

        String path = "/api/servers/" + g.serverId() + "/audit-log";
        assertProblem(api.get(path, g.member().token()), 403, "forbidden");
        assertProblem(api.get(path, g.outsider().token()), 404, "not-found");
        assertThat(api.get(path, g.mod().token()).status()).isEqualTo(200);
        for (String[] bad : new String[][] {{"limit=0", "limit"}, {"limit=101", "limit"}, {"limit=x", "limit"},
                {"before=nope", "before"}, {"userId=1", "userId"}, {"action=Ban!", "action"}}) {
            Api.Reply r = api.get(path + "?" + bad[0], g.owner().token());
            assertProblem(r, 400, "invalid-input");
            assertThat(r.json().getJsonObject("fields").keySet()).containsExactly(bad[1]);
        }
    }
}
