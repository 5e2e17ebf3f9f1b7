package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Roles and permissions as an admin uses them (issue 9, docs/api.md "Roles and permissions"):
 * Discord's role endpoints with their exact answers, the hierarchy, "why can't Anna post here?",
 * the audit log, and a role change reaching live delivery at once.
 */
class RolesIT extends ParleyDeployment {

    private Api api() {
        return new Api(base);
    }

    private static Api.Reply patch(Api api, String path, String token, String json) {
        return api.send(api.request(path, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String roles(String serverId) {
        return "/api/servers/" + serverId + "/roles";
    }

    private static String createRole(Api api, Api.User actor, String serverId, String json) {
        Api.Reply created = api.post(roles(serverId), actor.token(), json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    private static void give(Api api, Api.User actor, String serverId, Api.User member, String roleId) {
        Api.Reply given = api.put("/api/servers/" + serverId + "/members/" + member.id() + "/roles/" + roleId,
                actor.token(), null);
        assertThat(given.status()).as(given.toString()).isEqualTo(204);
    }

    private static List<String> names(JsonArray roles) {
        List<String> names = new ArrayList<>();
        roles.getValuesAs(JsonObject.class).forEach(r -> names.add(r.getString("name") + "@" + r.getInt("position")));
        return names;
    }

    private static List<String> fields(Api.Reply reply) {
        return new ArrayList<>(reply.json().getJsonObject("fields").keySet());
    }

    @Test
    void anAdminCreatesChangesReordersAndDeletesRolesWithDiscordsAnswers() {
        Api api = api();
        Api.User owner = api.signUp("ro_olga");
        Api.User member = api.signUp("ro_mia");
        Api.User stranger = api.signUp("ro_sam");
        String serverId = api.createServer(owner, "roles home");
        api.join(member, owner, serverId);
        String elsewhere = api.createServer(stranger, "elsewhere");
        String foreignRole = createRole(api, stranger, elsewhere, "{\"name\":\"theirs\"}");

        JsonArray start = api.get(roles(serverId), member.token()).array();
        assertThat(start).hasSize(1);
        JsonObject everyone = start.getJsonObject(0);
        assertThat(everyone.getString("name")).isEqualTo("@everyone");
        assertThat(everyone.getInt("position")).isZero();
        assertThat(everyone.getBoolean("everyone")).isTrue();
        assertThat(everyone.getJsonArray("permissions").getValuesAs(jakarta.json.JsonString::getString))
                .contains("VIEW_CHANNEL", "SEND_MESSAGES").doesNotContain("MANAGE_ROLES");
        String everyoneId = everyone.getString("id");

        Api.Reply mods = api.post(roles(serverId), owner.token(), "{\"name\":\" mods \",\"color\":\"#AABBCC\","
                + "\"permissions\":[\"manage_messages\",\"KICK_MEMBERS\"],\"hoist\":true}");
        assertThat(mods.status()).as(mods.toString()).isEqualTo(201);
        JsonObject modsRole = mods.json();
        String modsId = modsRole.getString("id");
        assertThat(modsRole.getString("name")).isEqualTo("mods");
        assertThat(modsRole.getString("color")).isEqualTo("#aabbcc");
        assertThat(modsRole.getJsonArray("permissions").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("KICK_MEMBERS", "MANAGE_MESSAGES");
        assertThat(modsRole.getInt("position")).isEqualTo(1);
        assertThat(modsRole.getBoolean("hoist")).isTrue();
        assertThat(modsRole.getBoolean("mentionable")).isFalse();
        assertThat(modsRole.getBoolean("everyone")).isFalse();

        Api.Reply bare = api.post(roles(serverId), owner.token(), null);
        assertThat(bare.status()).as("Discord's create without a body").isEqualTo(201);
        assertThat(bare.json().getString("name")).isEqualTo("new role");
        assertThat(bare.json().getJsonArray("permissions")).isEqualTo(everyone.getJsonArray("permissions"));
        String bareId = bare.json().getString("id");
        assertThat(names(api.get(roles(serverId), member.token()).array()))
                .as("a new role goes just above @everyone; the others move up").containsExactly("@everyone@0",
                        "new role@1", "mods@2");

        // nasty inputs, each naming its field
        assertThat(fields(api.post(roles(serverId), owner.token(), "{\"name\":\"x\",\"permissions\":[\"FLY\"]}")))
                .containsExactly("permissions");
        assertThat(fields(api.post(roles(serverId), owner.token(), "{\"name\":\"x\",\"color\":\"red\"}")))
                .containsExactly("color");
        assertThat(fields(api.post(roles(serverId), owner.token(), "{\"name\":\"x\",\"color\":\"#12345\"}")))
                .containsExactly("color");
        assertThat(fields(api.post(roles(serverId), owner.token(), "{\"name\":\"\"}"))).containsExactly("name");
        assertThat(fields(api.post(roles(serverId), owner.token(), "{\"name\":\"   \"}"))).containsExactly("name");
        assertThat(fields(api.post(roles(serverId), owner.token(), "{\"name\":\"" + "n".repeat(101) + "\"}")))
                .containsExactly("name");
        assertThat(api.post(roles(serverId), owner.token(), "{\"name\":\"" + "n".repeat(100) + "\"}").status())
                .isEqualTo(201);
        assertThat(fields(api.post(roles(serverId), owner.token(), "{\"name\":\"x\",\"hoist\":\"yes\"}")))
                .containsExactly("hoist");
        assertThat(api.post(roles(serverId), owner.token(), "{\"name\":").status()).isEqualTo(400);

        // who may
        Api.Reply notAllowed = api.post(roles(serverId), member.token(), "{\"name\":\"mine\"}");
        assertThat(notAllowed.status()).isEqualTo(403);
        assertThat(notAllowed.json().getString("detail")).isEqualTo("You don't have permission to manage roles in this server.");
        assertThat(api.get(roles(serverId), stranger.token()).status()).isEqualTo(404);
        assertThat(api.get(roles(serverId), null).status()).isEqualTo(401);
        assertThat(patch(api, roles(serverId) + "/" + modsId, member.token(), "{\"name\":\"x\"}").status()).isEqualTo(403);
        assertThat(api.delete(roles(serverId) + "/" + modsId, member.token()).status()).isEqualTo(403);

        // partial change: only what is sent
        Api.Reply renamed = patch(api, roles(serverId) + "/" + modsId, owner.token(), "{\"name\":\"moderators\"}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().getString("name")).isEqualTo("moderators");
        assertThat(renamed.json().getString("color")).isEqualTo("#aabbcc");
        assertThat(renamed.json().getBoolean("hoist")).isTrue();
        Api.Reply uncolored = patch(api, roles(serverId) + "/" + modsId, owner.token(),
                "{\"color\":\"\",\"mentionable\":true}");
        assertThat(uncolored.json()).doesNotContainKey("color");
        assertThat(uncolored.json().getBoolean("mentionable")).isTrue();
        assertThat(uncolored.json().getString("name")).isEqualTo("moderators");
        assertThat(fields(patch(api, roles(serverId) + "/" + modsId, owner.token(), "{\"permissions\":[\"FLY\"]}")))
                .containsExactly("permissions");
        assertThat(patch(api, roles(serverId) + "/" + foreignRole, owner.token(), "{\"name\":\"mine\"}").status())
                .as("another server's role").isEqualTo(404);
        assertThat(patch(api, roles(serverId) + "/" + UUID.randomUUID(), owner.token(), "{\"name\":\"x\"}").status())
                .isEqualTo(404);

        // @everyone: permissions only, never deleted
        Api.Reply renameEveryone = patch(api, roles(serverId) + "/" + everyoneId, owner.token(), "{\"name\":\"all\"}");
        assertThat(renameEveryone.status()).isEqualTo(400);
        assertThat(fields(renameEveryone)).containsExactly("name");
        Api.Reply everyonePerms = patch(api, roles(serverId) + "/" + everyoneId, owner.token(),
                "{\"permissions\":[\"VIEW_CHANNEL\",\"SEND_MESSAGES\",\"READ_MESSAGE_HISTORY\"]}");
        assertThat(everyonePerms.status()).as(everyonePerms.toString()).isEqualTo(200);
        assertThat(everyonePerms.json().getJsonArray("permissions")).hasSize(3);
        Api.Reply deleteEveryone = api.delete(roles(serverId) + "/" + everyoneId, owner.token());
        assertThat(deleteEveryone.status()).isEqualTo(400);
        assertThat(deleteEveryone.json().getString("detail")).isEqualTo("The @everyone role cannot be deleted.");

        // bulk reorder
        Api.Reply reordered = patch(api, roles(serverId), owner.token(),
                "[{\"id\":\"" + bareId + "\",\"position\":5}]");
        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
        assertThat(names(reordered.array())).containsExactly("@everyone@0", "n".repeat(100) + "@1", "moderators@2",
                "new role@3");
        assertThat(names(api.get(roles(serverId), member.token()).array())).isEqualTo(names(reordered.array()));
        assertThat(fields(patch(api, roles(serverId), owner.token(), "[{\"id\":\"" + everyoneId + "\",\"position\":1}]")))
                .containsExactly("id");
        assertThat(fields(patch(api, roles(serverId), owner.token(), "[{\"id\":\"" + modsId + "\",\"position\":0}]")))
                .containsExactly("position");
        assertThat(fields(patch(api, roles(serverId), owner.token(), "{\"id\":\"" + modsId + "\",\"position\":2}")))
                .containsExactly("body");
        assertThat(fields(patch(api, roles(serverId), owner.token(), "[]"))).containsExactly("body");
        assertThat(patch(api, roles(serverId), owner.token(), "[{\"id\":\"" + foreignRole + "\",\"position\":1}]")
                .status()).isEqualTo(404);
        assertThat(patch(api, roles(serverId), member.token(), "[{\"id\":\"" + modsId + "\",\"position\":2}]")
                .status()).isEqualTo(403);

        // delete
        assertThat(api.delete(roles(serverId) + "/" + bareId, owner.token()).status()).isEqualTo(204);
        assertThat(api.delete(roles(serverId) + "/" + bareId, owner.token()).status()).isEqualTo(404);
        assertThat(api.delete(roles(serverId) + "/" + foreignRole, owner.token()).status()).isEqualTo(404);
        assertThat(names(api.get(roles(serverId), member.token()).array())).containsExactly("@everyone@0",
                "n".repeat(100) + "@1", "moderators@2");

        // giving and taking roles
        String memberRoles = "/api/servers/" + serverId + "/members/" + member.id() + "/roles/";
        assertThat(api.put(memberRoles + modsId, owner.token(), null).status()).isEqualTo(204);
        assertThat(api.put(memberRoles + modsId, owner.token(), null).status()).as("again: nothing changes").isEqualTo(204);
        assertThat(api.put(memberRoles + everyoneId, owner.token(), null).status()).isEqualTo(400);
        assertThat(api.put(memberRoles + foreignRole, owner.token(), null).status()).isEqualTo(404);
        assertThat(api.put("/api/servers/" + serverId + "/members/" + stranger.id() + "/roles/" + modsId, owner.token(),
                null).status()).as("not a member").isEqualTo(404);
        assertThat(api.put("/api/servers/" + elsewhere + "/members/" + member.id() + "/roles/" + foreignRole,
                owner.token(), null).status()).as("not my server").isEqualTo(404);
        assertThat(api.delete(memberRoles + modsId, owner.token()).status()).isEqualTo(204);
        assertThat(api.delete(memberRoles + modsId, owner.token()).status()).as("again: nothing changes").isEqualTo(204);
        assertThat(api.delete(memberRoles + modsId, member.token()).status()).isEqualTo(403);

        // each change is in the audit log, with what changed
        List<String> actions = sql("select action from audit_log where server_id = '" + serverId + "'"
                + " and action not like 'invite.%' order by id"); // the set-up's invites are logged too
        assertThat(actions).containsExactly("role.create", "role.create", "role.create", "role.update", "role.update",
                "role.update", "role.reorder", "role.delete", "member.role.add", "member.role.remove");
        assertThat(sql("select changes::text from audit_log where server_id = '" + serverId + "' and action = 'role.update'"
                + " and target_id = '" + modsId + "' order by id limit 1")).singleElement().asString()
                .contains("\"before\": {\"name\": \"mods\"}").contains("\"after\": {\"name\": \"moderators\"}");
        assertThat(sql("select actor_id || ' ' || target_type || ' ' || target_id from audit_log where server_id = '"
                + serverId + "' and action = 'member.role.add'")).containsExactly(owner.id() + " member " + member.id());
    }

    @Test
    void aModeratorManagesOnlyRolesBelowTheirOwnAndGrantsOnlyWhatTheyHold() {
        Api api = api();
        Api.User owner = api.signUp("ro_own");
        Api.User moderator = api.signUp("ro_mod");
        Api.User member = api.signUp("ro_mem");
        String serverId = api.createServer(owner, "hierarchy");
        api.join(moderator, owner, serverId);
        api.join(member, owner, serverId);
        String admins = createRole(api, owner, serverId, "{\"name\":\"admins\",\"permissions\":[\"ADMINISTRATOR\"]}");
        String mods = createRole(api, owner, serverId,
                "{\"name\":\"mods\",\"permissions\":[\"MANAGE_ROLES\",\"KICK_MEMBERS\",\"VIEW_CHANNEL\"]}");
        String helpers = createRole(api, owner, serverId, "{\"name\":\"helpers\",\"permissions\":[]}");
        give(api, owner, serverId, moderator, mods);
        // helpers@1 < mods@2 < admins@3

        Api.Reply above = patch(api, roles(serverId) + "/" + admins, moderator.token(), "{\"name\":\"mine now\"}");
        assertThat(above.status()).isEqualTo(403);
        assertThat(above.json().getString("detail")).isEqualTo("You can only manage roles below your highest role.");
        assertThat(patch(api, roles(serverId) + "/" + mods, moderator.token(), "{\"name\":\"super mods\"}").status())
                .as("their own highest role").isEqualTo(403);
        assertThat(api.delete(roles(serverId) + "/" + admins, moderator.token()).status()).isEqualTo(403);
        assertThat(patch(api, roles(serverId) + "/" + helpers, moderator.token(), "{\"name\":\"assistants\"}").status())
                .isEqualTo(200);

        Api.Reply grantAdmin = patch(api, roles(serverId) + "/" + helpers, moderator.token(),
                "{\"permissions\":[\"ADMINISTRATOR\"]}");
        assertThat(grantAdmin.status()).isEqualTo(403);
        assertThat(grantAdmin.json().getString("detail"))
                .isEqualTo("You can only grant or take away permissions you have yourself; you lack ADMINISTRATOR.");
        assertThat(api.post(roles(serverId), moderator.token(), "{\"name\":\"bans\",\"permissions\":[\"BAN_MEMBERS\"]}")
                .status()).isEqualTo(403);
        assertThat(patch(api, roles(serverId) + "/" + helpers, moderator.token(), "{\"permissions\":[\"KICK_MEMBERS\"]}")
                .status()).isEqualTo(200);
        Api.Reply kickers = api.post(roles(serverId), moderator.token(),
                "{\"name\":\"kickers\",\"permissions\":[\"KICK_MEMBERS\"]}");
        assertThat(kickers.status()).isEqualTo(201);
        assertThat(kickers.json().getInt("position")).isEqualTo(1);

        assertThat(api.put("/api/servers/" + serverId + "/members/" + member.id() + "/roles/" + helpers,
                moderator.token(), null).status()).isEqualTo(204);
        assertThat(api.put("/api/servers/" + serverId + "/members/" + member.id() + "/roles/" + mods,
                moderator.token(), null).status()).as("their own level").isEqualTo(403);
        assertThat(api.put("/api/servers/" + serverId + "/members/" + moderator.id() + "/roles/" + admins,
                moderator.token(), null).status()).as("above them").isEqualTo(403);

        // kickers@1 helpers@2 mods@3 admins@4: helpers may not be lifted to or above mods
        assertThat(patch(api, roles(serverId), moderator.token(), "[{\"id\":\"" + helpers + "\",\"position\":3}]")
                .status()).isEqualTo(403);
        assertThat(patch(api, roles(serverId), moderator.token(), "[{\"id\":\"" + admins + "\",\"position\":1}]")
                .status()).as("a role above them").isEqualTo(403);
        Api.Reply swapped = patch(api, roles(serverId), moderator.token(), "[{\"id\":\"" + helpers + "\",\"position\":1},"
                + "{\"id\":\"" + kickers.json().getString("id") + "\",\"position\":2}]");
        assertThat(swapped.status()).as(swapped.toString()).isEqualTo(200);
        assertThat(names(swapped.array())).containsExactly("@everyone@0", "assistants@1", "kickers@2", "mods@3",
                "admins@4");
        assertThat(patch(api, roles(serverId), owner.token(), "[{\"id\":\"" + admins + "\",\"position\":1}]").status())
                .as("the owner stands above every role").isEqualTo(200);
    }

    @Test
    void aMemberWhoLosesViewChannelThroughARoleStopsReceivingTheChannelAtOnceAndHearsOfTheChange() {
        Api api = api();
        Api.User owner = api.signUp("ro_live_o");
        Api.User member = api.signUp("ro_live_m");
        String serverId = api.createServer(owner, "live roles");
        api.join(member, owner, serverId);
        String channelId = api.firstChannel(owner, serverId);
        String quiet = createRole(api, owner, serverId, "{\"name\":\"quiet\",\"permissions\":[]}");
        Api.Reply hidden = api.put("/api/channels/" + channelId + "/overwrites/" + quiet, owner.token(),
                "{\"type\":\"role\",\"deny\":[\"VIEW_CHANNEL\"]}");
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(204);

        try (GatewayClient ownerWs = GatewayClient.signedIn(base, owner);
                GatewayClient memberWs = GatewayClient.signedIn(base, member)) {
            api.postMessage(owner, channelId, "before");
            assertThat(memberWs.expect("message:new").getJsonObject("data").getJsonObject("message").getString("content")).isEqualTo("before");
            ownerWs.expect("message:new");

            give(api, owner, serverId, member, quiet);
            JsonObject update = memberWs.expect("member:update").getJsonObject("data");
            assertThat(update.getJsonObject("user").getString("id")).isEqualTo(member.id());
            assertThat(update.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString)).containsExactly(quiet);
            ownerWs.expect("member:update");

            api.postMessage(owner, channelId, "after");
            assertThat(ownerWs.expect("message:new").getJsonObject("data").getJsonObject("message").getString("content")).isEqualTo("after");
            assertThat(memberWs.drainWithHeartbeat()).as("nothing of the channel any more").isEmpty();
            assertThat(api.get("/api/channels/" + channelId + "/messages", member.token()).status()).isEqualTo(404);

            Api.Reply renamed = patch(api, roles(serverId) + "/" + quiet, owner.token(), "{\"name\":\"silenced\"}");
            assertThat(renamed.status()).isEqualTo(200);
            JsonObject roleUpdate = memberWs.expect("role:update").getJsonObject("data");
            assertThat(roleUpdate.getString("id")).isEqualTo(quiet);
            assertThat(roleUpdate.getString("name")).isEqualTo("silenced");
            assertThat(roleUpdate.getString("serverId")).isEqualTo(serverId);
            ownerWs.expect("role:update");

            // the role goes: the member sees the channel again, at once
            assertThat(api.delete(roles(serverId) + "/" + quiet, owner.token()).status()).isEqualTo(204);
            JsonObject deleted = memberWs.expect("role:delete").getJsonObject("data");
            assertThat(deleted.getString("roleId")).isEqualTo(quiet);
            assertThat(deleted.getString("serverId")).isEqualTo(serverId);
            ownerWs.expect("role:delete");
            api.postMessage(owner, channelId, "welcome back");
            assertThat(memberWs.expect("message:new").getJsonObject("data").getJsonObject("message").getString("content")).isEqualTo("welcome back");
            ownerWs.expect("message:new");

            // @everyone loses VIEW_CHANNEL: the member stops receiving; the owner does not
            String everyoneId = api.get(roles(serverId), owner.token()).array().getJsonObject(0).getString("id");
            assertThat(patch(api, roles(serverId) + "/" + everyoneId, owner.token(),
                    "{\"permissions\":[\"SEND_MESSAGES\"]}").status()).isEqualTo(200);
            assertThat(memberWs.expect("role:update").getJsonObject("data").getJsonArray("permissions")
                    .getValuesAs(jakarta.json.JsonString::getString)).containsExactly("SEND_MESSAGES");
            ownerWs.expect("role:update");
            api.postMessage(owner, channelId, "owners only");
            ownerWs.expect("message:new");
            assertThat(memberWs.drainWithHeartbeat()).isEmpty();

            // a new role that gives it back
            String readers = createRole(api, owner, serverId, "{\"name\":\"readers\",\"permissions\":[\"VIEW_CHANNEL\"]}");
            JsonObject created = memberWs.expect("role:create").getJsonObject("data");
            assertThat(created.getString("id")).isEqualTo(readers);
            assertThat(created.getInt("position")).isEqualTo(1);
            ownerWs.expect("role:create");
            give(api, owner, serverId, member, readers);
            memberWs.expect("member:update");
            ownerWs.expect("member:update");
            api.postMessage(owner, channelId, "readers welcome");
            assertThat(memberWs.expect("message:new").getJsonObject("data").getJsonObject("message").getString("content"))
                    .isEqualTo("readers welcome");
        }
    }

    @Test
    void theExplanationSaysWhichStepDecidedAndOnlyModeratorsMayAskAboutOthers() {
        Api api = api();
        Api.User owner = api.signUp("ro_ex_o");
        Api.User anna = api.signUp("ro_ex_anna");
        Api.User stranger = api.signUp("ro_ex_s");
        String serverId = api.createServer(owner, "why");
        api.join(anna, owner, serverId);
        String channelId = api.firstChannel(owner, serverId);
        String quiet = createRole(api, owner, serverId, "{\"name\":\"quiet\",\"permissions\":[]}");
        give(api, owner, serverId, anna, quiet);
        assertThat(api.put("/api/channels/" + channelId + "/overwrites/" + quiet, owner.token(),
                "{\"type\":\"role\",\"deny\":[\"SEND_MESSAGES\"]}").status()).isEqualTo(204);
        String explain = "/api/channels/" + channelId + "/permissions/explain";

        Api.Reply mine = api.get(explain + "?permission=SEND_MESSAGES", anna.token());
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        JsonObject why = mine.json();
        assertThat(why.getString("userId")).isEqualTo(anna.id());
        assertThat(why.getString("channelId")).isEqualTo(channelId);
        assertThat(why.getString("permission")).isEqualTo("SEND_MESSAGES");
        assertThat(why.getBoolean("allowed")).isFalse();
        assertThat(why.getJsonArray("permissions").getValuesAs(jakarta.json.JsonString::getString))
                .contains("VIEW_CHANNEL", "READ_MESSAGE_HISTORY").doesNotContain("SEND_MESSAGES");
        JsonArray steps = why.getJsonArray("steps");
        assertThat(steps).hasSize(2);
        assertThat(steps.getJsonObject(0).getString("step")).isEqualTo("everyone");
        assertThat(steps.getJsonObject(0).getString("effect")).isEqualTo("allow");
        JsonObject deny = steps.getJsonObject(1);
        assertThat(deny.getString("step")).isEqualTo("overwrite");
        assertThat(deny.getString("effect")).isEqualTo("deny");
        assertThat(deny.getJsonObject("source").getString("type")).isEqualTo("role");
        assertThat(deny.getJsonObject("source").getString("id")).isEqualTo(quiet);
        assertThat(deny.getJsonObject("source").getString("name")).isEqualTo("quiet");
        assertThat(deny.getJsonObject("on").getString("type")).isEqualTo("channel");
        assertThat(deny.getString("detail")).isEqualTo("An overwrite for the role quiet on this channel denies SEND_MESSAGES.");
        assertThat(api.post("/api/channels/" + channelId + "/messages", anna.token(), "{\"content\":\"hi\"}").status())
                .as("the explanation agrees with what happens").isEqualTo(403);

        Api.Reply asOwner = api.get(explain + "?permission=send_messages&userId=" + anna.id(), owner.token());
        assertThat(asOwner.status()).isEqualTo(200);
        assertThat(asOwner.json().getJsonArray("steps")).isEqualTo(steps);
        Api.Reply ownerSelf = api.get(explain + "?permission=BAN_MEMBERS", owner.token());
        assertThat(ownerSelf.json().getBoolean("allowed")).isTrue();
        assertThat(ownerSelf.json().getJsonArray("steps").getJsonObject(0).getString("step")).isEqualTo("owner");

        Api.Reply aboutOthers = api.get(explain + "?permission=SEND_MESSAGES&userId=" + owner.id(), anna.token());
        assertThat(aboutOthers.status()).isEqualTo(403);
        assertThat(api.get(explain + "?permission=SEND_MESSAGES&userId=" + anna.id(), anna.token()).status())
                .as("naming oneself").isEqualTo(200);
        assertThat(fields(api.get(explain, anna.token()))).containsExactly("permission");
        assertThat(fields(api.get(explain + "?permission=FLY", anna.token()))).containsExactly("permission");
        assertThat(fields(api.get(explain + "?permission=SEND_MESSAGES&userId=nope", owner.token())))
                .containsExactly("userId");
        assertThat(api.get(explain + "?permission=SEND_MESSAGES&userId=" + stranger.id(), owner.token()).status())
                .as("not a member").isEqualTo(404);
        assertThat(api.get(explain + "?permission=SEND_MESSAGES&userId=" + UUID.randomUUID(), owner.token()).status())
                .isEqualTo(404);
        assertThat(api.get(explain + "?permission=SEND_MESSAGES", stranger.token()).status()).isEqualTo(404);
        assertThat(api.get(explain + "?permission=SEND_MESSAGES", null).status()).isEqualTo(401);

        // a channel in a category without overwrites of its own inherits the category's, and the step says so
        Api.Reply category = api.post("/api/servers/" + serverId + "/channels", owner.token(),
                "{\"name\":\"staff\",\"type\":\"category\"}");
        String categoryId = category.json().getString("id");
        String staffChat = api.post("/api/servers/" + serverId + "/channels", owner.token(),
                "{\"name\":\"staff-chat\",\"parentId\":\"" + categoryId + "\"}").json().getString("id");
        String everyoneId = api.get(roles(serverId), owner.token()).array().getJsonObject(0).getString("id");
        assertThat(api.put("/api/channels/" + categoryId + "/overwrites/" + everyoneId, owner.token(),
                "{\"type\":\"role\",\"deny\":[\"VIEW_CHANNEL\"]}").status()).isEqualTo(204);
        Api.Reply inherited = api.get("/api/channels/" + staffChat + "/permissions/explain?permission=SEND_MESSAGES&userId="
                + anna.id(), owner.token());
        assertThat(inherited.status()).as(inherited.toString()).isEqualTo(200);
        assertThat(inherited.json().getBoolean("allowed")).isFalse();
        assertThat(inherited.json().getJsonArray("permissions")).isEmpty();
        JsonArray inheritedSteps = inherited.json().getJsonArray("steps");
        assertThat(inheritedSteps.getValuesAs(JsonObject.class).stream().map(s -> s.getString("step")).toList())
                .containsExactly("everyone", "view-channel");
        Api.Reply view = api.get("/api/channels/" + staffChat + "/permissions/explain?permission=VIEW_CHANNEL&userId="
                + anna.id(), owner.token());
        JsonObject categoryDeny = view.json().getJsonArray("steps").getJsonObject(1);
        assertThat(categoryDeny.getString("effect")).isEqualTo("deny");
        assertThat(categoryDeny.getJsonObject("on").getString("type")).isEqualTo("category");
        assertThat(categoryDeny.getJsonObject("on").getString("id")).isEqualTo(categoryId);
        assertThat(categoryDeny.getString("detail")).contains("on the category staff, which this channel inherits");
        assertThat(api.get("/api/channels/" + staffChat + "/permissions/explain?permission=VIEW_CHANNEL", anna.token())
                .status()).as("a channel she cannot see is none to her").isEqualTo(404);
    }

    /** The first column of every row of a query against the test database. */
    private static List<String> sql(String query) {
        String url = "jdbc:postgresql://" + System.getenv("PARLEY_DB_HOST") + ":" + System.getenv("PARLEY_DB_PORT") + "/"
                + System.getenv("PARLEY_DB_NAME");
        try (var db = java.sql.DriverManager.getConnection(url, System.getenv("PARLEY_DB_USER"),
                System.getenv("PARLEY_DB_PASSWORD")); var statement = db.createStatement();
                var rows = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
