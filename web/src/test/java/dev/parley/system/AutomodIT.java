package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Keyword auto-moderation as a server's managers and members meet it: rules that block a message
 * (refused with the rule's name, never stored) or flag it (stored, and an alert in the alert
 * channel), exempt roles, the managers' own exemption, who may set rules, and the audit log.
 */
class AutomodIT extends ParleyDeployment {

    private static final String BLOCKED = "Your message was blocked by this server's rule \"No spoilers\".";

    private static void assertProblem(Api.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).isEqualTo("https://parley.dev/problems/" + type);
    }

    private static Api.Reply patch(Api api, String path, String token, String json) {
        return api.send(api.request(path, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static Connection db() throws Exception {
        String url = "jdbc:postgresql://" + System.getenv("PARLEY_DB_HOST") + ":" + System.getenv("PARLEY_DB_PORT") + "/"
                + System.getenv("PARLEY_DB_NAME");
        return DriverManager.getConnection(url, System.getenv("PARLEY_DB_USER"), System.getenv("PARLEY_DB_PASSWORD"));
    }

    private static List<String> contents(Api api, Api.User reader, String channelId) {
        List<String> found = new ArrayList<>();
        for (JsonObject m : api.get("/api/channels/" + channelId + "/messages", reader.token()).array()
                .getValuesAs(JsonObject.class)) {
            found.add(m.getString("content", ""));
        }
        return found;
    }

    /** Waits (up to a minute: alerts and audit entries are written after the send answered) until it holds. */
    private static void eventually(Supplier<Boolean> condition, String what) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never happened: " + what);
    }

    private static List<String> auditActions(String serverId) {
        List<String> actions = new ArrayList<>();
        try (Connection db = db(); var s = db.prepareStatement(
                "select action from audit_log where server_id = ?::uuid order by id")) {
            s.setString(1, serverId);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return actions;
    }

    @Test
    void aBlockRuleRefusesAFlagRuleAlertsAndExemptMembersAndManagersPass() throws Exception {
        Api api = new Api(base);
        Api.User owner = api.signUp("am_own");
        Api.User member = api.signUp("am_mem");
        Api.User trusted = api.signUp("am_tru");
        Api.User outsider = api.signUp("am_out");
        String serverId = api.createServer(owner, "automod");
        api.join(member, owner, serverId);
        api.join(trusted, owner, serverId);
        String general = api.firstChannel(owner, serverId);
        Api.Reply created = api.post("/api/servers/" + serverId + "/channels", owner.token(),
                "{\"name\":\"mod-alerts\",\"type\":\"text\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String alerts = created.json().getString("id");

        // a role for the trusted member, allowed to post in #general
        Api.Reply role = api.post("/api/servers/" + serverId + "/roles", owner.token(), "{\"name\":\"Trusted\"}");
        assertThat(role.status()).as(role.toString()).isEqualTo(201);
        String trustedRole = role.json().getString("id");
        assertThat(api.put("/api/servers/" + serverId + "/members/" + trusted.id() + "/roles/" + trustedRole, owner.token(),
                null).status()).isEqualTo(204);
        assertThat(api.put("/api/channels/" + general + "/overwrites/" + trustedRole, owner.token(),
                "{\"type\":\"role\",\"allow\":[\"SEND_MESSAGES\"]}").status()).isEqualTo(204);

        String rules = "/api/servers/" + serverId + "/automod/rules";
        assertProblem(api.get(rules, member.token()), 403, "forbidden");
        assertProblem(api.post(rules, member.token(), "{\"name\":\"x\",\"keywords\":[\"x\"],\"action\":\"block\"}"),
                403, "forbidden");
        assertProblem(api.get(rules, outsider.token()), 404, "not-found");

        Api.Reply bad = api.post(rules, owner.token(), "{\"name\":\" \",\"keywords\":[\"ok\",\"" + "x".repeat(61)
                + "\"],\"regexes\":[\"fine\",\"(unclosed\"],\"action\":\"nuke\",\"alertChannelId\":\"" + UUID.randomUUID()
                + "\",\"exemptRoleIds\":[\"" + UUID.randomUUID() + "\"]}");
        assertProblem(bad, 400, "invalid-input");
        assertThat(bad.json().getJsonObject("fields").keySet()).containsExactlyInAnyOrder("name", "keywords[1]",
                "regexes[1]", "action", "alertChannelId", "exemptRoleIds[0]");
        Api.Reply voiceAlerts = api.post(rules, owner.token(), "{\"name\":\"n\",\"keywords\":[\"k\"],\"action\":\"flag\"}");
        assertProblem(voiceAlerts, 400, "invalid-input");
        assertThat(voiceAlerts.json().getJsonObject("fields").keySet()).containsExactly("alertChannelId");

        Api.Reply block = api.post(rules, owner.token(), "{\"name\":\"No spoilers\",\"keywords\":[\"spoiler*\"],"
                + "\"action\":\"block\",\"alertChannelId\":\"" + alerts + "\",\"exemptRoleIds\":[\"" + trustedRole + "\"]}");
        assertThat(block.status()).as(block.toString()).isEqualTo(201);
        assertThat(block.json().getString("action")).isEqualTo("block");
        String blockId = block.json().getString("id");
        Api.Reply flag = api.post(rules, owner.token(), "{\"name\":\"Watch nitro\",\"keywords\":[\"free nitro\"],"
                + "\"regexes\":[\"discord\\\\.gg/\\\\w+\"],\"action\":\"flag\",\"alertChannelId\":\"" + alerts + "\"}");
        assertThat(flag.status()).as(flag.toString()).isEqualTo(201);
        assertThat(api.get(rules, owner.token()).array()).hasSize(2);

        // blocked: refused with the rule's name, not stored
        Api.Reply refused = api.post("/api/channels/" + general + "/messages", member.token(),
                "{\"content\":\"Big SPOILERS ahead: the butler did it\"}");
        assertProblem(refused, 403, "forbidden");
        assertThat(refused.json().getString("detail")).isEqualTo(BLOCKED);
        assertThat(refused.body()).doesNotContain("spoiler*");
        assertThat(contents(api, owner, general)).noneMatch(c -> c.contains("butler"));
        // a word that merely contains the keyword's start is not a prefix match
        api.postMessage(member, general, "despoilers are fine");

        // flagged: stored, and an alert in the alert channel
        api.postMessage(member, general, "get FREE nitro here");
        assertThat(contents(api, member, general)).contains("get FREE nitro here");
        eventually(() -> contents(api, owner, alerts).stream().anyMatch(c -> c.contains("flagged")
                && c.contains("Watch nitro") && c.contains("get FREE nitro here")), "the flag alert");
        eventually(() -> contents(api, owner, alerts).stream().anyMatch(c -> c.contains("blocked")
                && c.contains("No spoilers") && c.contains("the butler did it")), "the block alert");
        JsonObject alert = api.get("/api/channels/" + alerts + "/messages", owner.token()).array().getJsonObject(0);
        assertThat(alert.getString("type")).isEqualTo("automod");
        assertThat(alert.containsKey("author")).isFalse();

        // exempt: a member holding the exempt role, and the owner
        api.postMessage(trusted, general, "spoiler: trusted may say it");
        api.postMessage(owner, general, "spoilers from the owner");

        // audited
        eventually(() -> auditActions(serverId).containsAll(List.of("automod.block", "automod.flag")), "audit entries");
        assertThat(auditActions(serverId)).filteredOn(a -> a.startsWith("automod."))
                .as("the set-up's invites, channel and role come before, in the log of the whole server")
                .startsWith("automod.rule.create", "automod.rule.create").hasSize(4);

        // a disabled rule stops at once; a deleted one is gone
        Api.Reply disabled = patch(api, rules + "/" + blockId, owner.token(), "{\"enabled\":false}");
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.json().getBoolean("enabled")).isFalse();
        assertThat(disabled.json().getString("name")).isEqualTo("No spoilers");
        assertThat(disabled.json().getString("alertChannelId")).as("a field left out keeps its value").isEqualTo(alerts);
        // an alert channel is removed by naming it with no value; a flag rule cannot be without one
        Api.Reply quiet = patch(api, rules + "/" + blockId, owner.token(), "{\"alertChannelId\":null}");
        assertThat(quiet.status()).as(quiet.toString()).isEqualTo(200);
        assertThat(quiet.json().getOrDefault("alertChannelId", jakarta.json.JsonValue.NULL))
                .isEqualTo(jakarta.json.JsonValue.NULL);
        assertThat(api.get(rules + "/" + blockId, owner.token()).json().getOrDefault("alertChannelId",
                jakarta.json.JsonValue.NULL)).isEqualTo(jakarta.json.JsonValue.NULL);
        Api.Reply flagWithout = patch(api, rules + "/" + flag.json().getString("id"), owner.token(),
                "{\"alertChannelId\":null}");
        assertProblem(flagWithout, 400, "invalid-input");
        assertThat(flagWithout.json().getJsonObject("fields").keySet()).containsExactly("alertChannelId");
        api.postMessage(member, general, "spoilers now allowed");
        assertProblem(patch(api, rules + "/" + blockId, member.token(), "{\"enabled\":true}"), 403, "forbidden");
        assertThat(api.delete(rules + "/" + blockId, owner.token()).status()).isEqualTo(204);
        assertProblem(api.get(rules + "/" + blockId, owner.token()), 404, "not-found");
        assertThat(auditActions(serverId)).contains("automod.rule.update", "automod.rule.delete");

        // another server's rule id is not found here
        String elsewhere = api.createServer(owner, "elsewhere");
        assertProblem(api.get("/api/servers/" + elsewhere + "/automod/rules/" + flag.json().getString("id"),
                owner.token()), 404, "not-found");

        // at most 10 rules
        for (int i = 0; i < 9; i++) {
            assertThat(api.post(rules, owner.token(), "{\"name\":\"r" + i + "\",\"keywords\":[\"w" + i
                    + "\"],\"action\":\"block\"}").status()).isEqualTo(201);
        }
        assertProblem(api.post(rules, owner.token(), "{\"name\":\"eleventh\",\"keywords\":[\"w\"],\"action\":\"block\"}"),
                409, "conflict");
    }
}
