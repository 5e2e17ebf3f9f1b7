package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Who may do what: every REST endpoint and every gateway action, tried by nine kinds of caller
 * against one server, each answer asserted exactly. The table is {@link #ROWS}: one row per
 * endpoint (as the served OpenAPI document names it) and per gateway client event, with the status
 * expected for each caller in the order of {@link Who}. The test fails if the server offers an
 * endpoint or a gateway event that has no row, or a row names one the server does not offer.
 *
 * <p>A gateway action's "status" is 200 when it went through (an ack, or no error) and otherwise
 * the {@code status} of the {@code error} event, which is the status REST would answer.
 *
 * <p>Rows that change something use fresh targets (a new member to kick, a new role to delete, a new
 * message to pin…) for each caller, so callers do not interfere; callers are tried from the least
 * privileged to the owner, so a refusal is never explained by someone else's earlier success.
 */
class AuthorizationMatrixIT extends ParleyDeployment {

    /** The callers, in the order of a row's statuses. */
    enum Who {
        /** owns the server */
        OWNER,
        /** holds a role with ADMINISTRATOR */
        ADMIN,
        /** holds a role with the moderation permissions, below the admin's */
        MODERATOR,
        /** a member with @everyone's permissions only */
        MEMBER,
        /** a member with a member overwrite denying VIEW_CHANNEL on #general */
        DENIED,
        /** a member in time-out */
        TIMED_OUT,
        /** banned from the server */
        BANNED,
        /** signed in, not a member */
        STRANGER,
        /** no token */
        ANONYMOUS
    }

    static final String MODERATOR_PERMISSIONS = "[\"KICK_MEMBERS\",\"BAN_MEMBERS\",\"MODERATE_MEMBERS\",\"MANAGE_MESSAGES\","
            + "\"MANAGE_CHANNELS\",\"MANAGE_ROLES\",\"VIEW_AUDIT_LOG\",\"MANAGE_NICKNAMES\"]";

    /** One row: an endpoint ("GET /api/servers/{id}") or a gateway event ("gateway message:send"). */
    record Row(String key, BiFunction<World, Who, Integer> attempt, int[] expected) {
    }

    static Row rest(String key, BiFunction<World, Who, Api.Reply> call, String statuses) {
        return new Row(key, (w, who) -> call.apply(w, who).status(), parse(statuses));
    }

    /**
     * @param answer the event that says it went through (to the sender), or null for an event that has no
     *     answer when it went through (then: no error before a heartbeat's ack)
     */
    static Row gateway(String event, String answer, BiFunction<World, Who, JsonObject> data, String statuses) {
        return new Row("gateway " + event, (w, who) -> w.gatewayStatus(who, event, data.apply(w, who), answer),
                parse(statuses));
    }

    private static int[] parse(String statuses) {
        int[] s = Stream.of(statuses.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
        if (s.length != Who.values().length) {
            throw new IllegalArgumentException("a row needs " + Who.values().length + " statuses: " + statuses);
        }
        return s;
    }

    private static String json(Object... keysAndValues) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            if (v instanceof Boolean bool) {
                b.add((String) keysAndValues[i], bool);
            } else if (v instanceof Integer n) {
                b.add((String) keysAndValues[i], n);
            } else {
                b.add((String) keysAndValues[i], String.valueOf(v));
            }
        }
        return b.build().toString();
    }

    private static JsonObject data(String... keysAndValues) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            b.add(keysAndValues[i], keysAndValues[i + 1]);
        }
        return b.build();
    }

    //                                                         OWN ADM MOD MEM DEN TIM BAN STR ANO
    static final List<Row> ROWS = List.of(
            // accounts: anyone may; nothing here depends on a server
            rest("POST /api/auth/register", (w, who) -> w.api.call("POST", "/api/auth/register", w.token(who),
                    w.newAccountJson()), "201 201 201 201 201 201 201 201 201"),
            rest("POST /api/auth/login", (w, who) -> w.api.call("POST", "/api/auth/login", w.token(who),
                    json("login", w.stranger.username(), "password", "not the password")),
                    "401 401 401 401 401 401 401 401 401"),
            rest("POST /api/auth/refresh", (w, who) -> w.api.call("POST", "/api/auth/refresh", w.token(who),
                    json("refreshToken", "no-such-token")), "401 401 401 401 401 401 401 401 401"),
            rest("POST /api/auth/logout", (w, who) -> w.api.call("POST", "/api/auth/logout", w.token(who),
                    json("refreshToken", "no-such-token")), "204 204 204 204 204 204 204 204 204"),
            // mail links: anyone may use one (a forged one is refused alike); a new verification link is for oneself
            rest("POST /api/auth/verify-email", (w, who) -> w.api.call("POST", "/api/auth/verify-email", w.token(who),
                    json("token", "forged-" + UUID.randomUUID())), "400 400 400 400 400 400 400 400 400"),
            rest("POST /api/auth/verify-email/resend", (w, who) -> w.call(who, "POST", "/api/auth/verify-email/resend", null),
                    "204 204 204 204 204 204 204 204 401"),
            rest("POST /api/auth/forgot-password", (w, who) -> w.api.call("POST", "/api/auth/forgot-password", w.token(who),
                    json("email", "nobody-" + UUID.randomUUID() + "@example.test")), "202 202 202 202 202 202 202 202 202"),
            rest("POST /api/auth/reset-password", (w, who) -> w.api.call("POST", "/api/auth/reset-password", w.token(who),
                    json("token", "forged-" + UUID.randomUUID(), "password", "a long enough password")),
                    "400 400 400 400 400 400 400 400 400"),
            rest("GET /api/users/me", (w, who) -> w.call(who, "GET", "/api/users/me", null),
                    "200 200 200 200 200 200 200 200 401"),
            rest("GET /api/users/me/sessions", (w, who) -> w.call(who, "GET", "/api/users/me/sessions", null),
                    "200 200 200 200 200 200 200 200 401"),
            rest("DELETE /api/users/me/sessions/{sessionId}", (w, who) -> w.call(who, "DELETE",
                    "/api/users/me/sessions/" + UUID.randomUUID(), null), "404 404 404 404 404 404 404 404 401"),
            // signs out every other sign-in: each caller's own (the one the matrix uses) stays
            rest("DELETE /api/users/me/sessions", (w, who) -> w.call(who, "DELETE", "/api/users/me/sessions", null),
                    "204 204 204 204 204 204 204 204 401"),
            // the installation's administrators (PARLEY_ADMINS) are none of these
            rest("GET /api/admin/settings", (w, who) -> w.call(who, "GET", "/api/admin/settings", null),
                    "403 403 403 403 403 403 403 403 401"),
            rest("PATCH /api/admin/settings", (w, who) -> w.call(who, "PATCH", "/api/admin/settings",
                    json("auth.local-passwords", "false")), "403 403 403 403 403 403 403 403 401"),
            // single sign-on (docs/identity-providers.md): the browser's redirects are anyone's; GitHub needs no discovery,
            // so its start answers the same whether or not a provider is up
            rest("GET /api/auth/oauth/{provider}", (w, who) -> w.call(who, "GET", "/api/auth/oauth/github", null),
                    "303 303 303 303 303 303 303 303 303"),
            rest("GET /api/auth/oauth/callback", (w, who) -> w.call(who, "GET", "/api/auth/oauth/callback?state=x&code=y", null),
                    "303 303 303 303 303 303 303 303 303"),
            // the provider's logout token, not a user's token, is what counts: none here, 400 for everyone
            rest("POST /api/auth/oidc/backchannel-logout", (w, who) -> w.api.send(w.api.request(
                    "/api/auth/oidc/backchannel-logout", w.token(who)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("logout_token=")).build()),
                    "400 400 400 400 400 400 400 400 400"),
            rest("GET /api/admin/sso/group-roles", (w, who) -> w.call(who, "GET", "/api/admin/sso/group-roles", null),
                    "403 403 403 403 403 403 403 403 401"),
            rest("PUT /api/admin/sso/group-roles", (w, who) -> w.call(who, "PUT", "/api/admin/sso/group-roles", "[]"),
                    "403 403 403 403 403 403 403 403 401"),
            rest("PUT /api/users/me", (w, who) -> w.call(who, "PUT", "/api/users/me", json("statusText", "in the matrix")),
                    "200 200 200 200 200 200 200 200 401"),
            // a wrong current password: each caller's own account, once
            rest("PUT /api/users/me/password", (w, who) -> w.call(who, "PUT", "/api/users/me/password",
                    json("currentPassword", "not the password", "newPassword", "a new one for the matrix")),
                    "400 400 400 400 400 400 400 400 401"),
            rest("GET /api/users/{userId}", (w, who) -> w.call(who, "GET", "/api/users/" + w.users.get(Who.MEMBER).id(),
                    null), "200 200 200 200 200 200 200 200 401"),
            rest("GET /api/admin/audit-log", (w, who) -> w.call(who, "GET", "/api/admin/audit-log", null),
                    "403 403 403 403 403 403 403 403 401"),
            rest("PATCH /api/admin/users/{userId}", (w, who) -> w.call(who, "PATCH", "/api/admin/users/" + w.stranger.id(),
                    json("disabled", true)), "403 403 403 403 403 403 403 403 401"),
            rest("GET /api/users/me/unread", (w, who) -> w.call(who, "GET", "/api/users/me/unread", null),
                    "200 200 200 200 200 200 200 200 401"),
            rest("GET /api/users/me/blocks", (w, who) -> w.call(who, "GET", "/api/users/me/blocks", null),
                    "200 200 200 200 200 200 200 200 401"),
            rest("PUT /api/users/me/blocks/{userId}", (w, who) -> w.call(who, "PUT",
                    "/api/users/me/blocks/" + w.api.signUp("blockee").id(), null),
                    "204 204 204 204 204 204 204 204 401"),
            rest("DELETE /api/users/me/blocks/{userId}", (w, who) -> w.call(who, "DELETE",
                    "/api/users/me/blocks/" + w.stranger.id(), null), "204 204 204 204 204 204 204 204 401"),
            rest("GET /api/users/me/dms", (w, who) -> w.call(who, "GET", "/api/users/me/dms", null),
                    "200 200 200 200 200 200 200 200 401"),
            rest("POST /api/users/me/dms", (w, who) -> w.call(who, "POST", "/api/users/me/dms",
                    "{\"userIds\":[\"" + w.loner.id() + "\"]}"), "403 403 403 403 403 403 403 403 401"),
            rest("GET /api/users/me/dms/{dmId}", (w, who) -> w.call(who, "GET", "/api/users/me/dms/" + w.dm, null),
                    "200 404 404 200 404 404 404 404 401"),
            rest("DELETE /api/users/me/dms/{dmId}", (w, who) -> w.call(who, "DELETE", "/api/users/me/dms/" + w.dm, null),
                    "400 404 404 400 404 404 404 404 401"),
            rest("PUT /api/users/{userId}/presence", (w, who) -> w.call(who, "PUT", "/api/users/me/presence",
                    json("status", "online")), "200 200 200 200 200 200 200 200 401"),
            rest("GET /api/users/{userId}/presence", (w, who) -> w.call(who, "GET",
                    "/api/users/" + w.users.get(Who.MEMBER).id() + "/presence", null),
                    "200 200 200 200 200 200 404 404 401"),

            // servers
            rest("GET /api/servers", (w, who) -> w.call(who, "GET", "/api/servers", null),
                    "200 200 200 200 200 200 200 200 401"),
            rest("POST /api/servers", (w, who) -> w.call(who, "POST", "/api/servers", json("name", "another")),
                    "201 201 201 201 201 201 201 201 401"),
            rest("GET /api/servers/{id}", (w, who) -> w.call(who, "GET", "/api/servers/" + w.server, null),
                    "200 200 200 200 200 200 404 404 401"),
            rest("POST /api/servers/{id}/invite", (w, who) -> w.call(who, "POST", "/api/servers/" + w.server + "/invite", "{}"),
                    "201 201 201 201 201 403 404 404 401"),
            rest("POST /api/servers/join/{code}", (w, who) -> w.api.call("POST", "/api/servers/join/" + w.invite,
                    who == Who.STRANGER ? w.api.signUp("mx_joiner").token() : w.token(who), null),
                    "200 200 200 200 200 200 403 200 401"),

            // channels
            rest("GET /api/servers/{serverId}/channels", (w, who) -> w.call(who, "GET",
                    "/api/servers/" + w.server + "/channels", null), "200 200 200 200 200 200 404 404 401"),
            rest("POST /api/servers/{serverId}/channels", (w, who) -> w.call(who, "POST",
                    "/api/servers/" + w.server + "/channels", json("name", "new-room")),
                    "201 201 201 403 403 403 404 404 401"),
            rest("GET /api/channels/{id}", (w, who) -> w.call(who, "GET", "/api/channels/" + w.general, null),
                    "200 200 200 200 404 200 404 404 401"),
            rest("PUT /api/channels/{channelId}/overwrites/{targetId}", (w, who) -> w.call(who, "PUT",
                    "/api/channels/" + w.general + "/overwrites/" + w.users.get(Who.MEMBER).id(),
                    "{\"type\":\"member\",\"allow\":[\"ADD_REACTIONS\"]}"),
                    "204 204 204 403 404 403 404 404 401"),
            rest("DELETE /api/channels/{channelId}/overwrites/{targetId}", (w, who) -> w.call(who, "DELETE",
                    "/api/channels/" + w.general + "/overwrites/" + w.overwriteTarget(), null),
                    "204 204 204 403 404 403 404 404 401"),
            rest("GET /api/channels/{channelId}/threads", (w, who) -> w.call(who, "GET",
                    "/api/channels/" + w.general + "/threads", null), "200 200 200 200 404 200 404 404 401"),
            rest("POST /api/channels/{channelId}/typing", (w, who) -> w.call(who, "POST",
                    "/api/channels/" + w.general + "/typing", null), "204 204 204 204 404 403 404 404 401"),
            rest("PUT /api/channels/{channelId}/read", (w, who) -> w.call(who, "PUT",
                    "/api/channels/" + w.general + "/read", json("messageId", w.ownerMessage)),
                    "204 204 204 204 404 204 404 404 401"),
            rest("PATCH /api/threads/{threadId}", (w, who) -> w.call(who, "PATCH", "/api/threads/" + w.freshThread(),
                    json("name", "renamed")), "200 200 200 403 404 403 404 404 401"),

            // messages
            rest("GET /api/channels/{channelId}/messages", (w, who) -> w.call(who, "GET",
                    "/api/channels/" + w.general + "/messages", null), "200 200 200 200 404 200 404 404 401"),
            rest("POST /api/channels/{channelId}/messages", (w, who) -> w.call(who, "POST",
                    "/api/channels/" + w.general + "/messages", json("content", "hello")),
                    "201 201 201 201 404 403 404 404 401"),
            rest("GET /api/channels/{channelId}/pins", (w, who) -> w.call(who, "GET",
                    "/api/channels/" + w.general + "/pins", null), "200 200 200 200 404 200 404 404 401"),
            rest("GET /api/messages/{messageId}", (w, who) -> w.call(who, "GET", "/api/messages/" + w.ownerMessage, null),
                    "200 200 200 200 404 200 404 404 401"),
            rest("PUT /api/messages/{messageId}", (w, who) -> w.call(who, "PUT", "/api/messages/" + w.ownerMessage,
                    json("content", "edited")), "200 403 403 403 404 403 404 404 401"),
            rest("DELETE /api/messages/{messageId}", (w, who) -> w.call(who, "DELETE",
                    "/api/messages/" + w.freshOwnerMessage(), null), "204 204 204 403 404 403 404 404 401"),
            rest("GET /api/messages/{messageId}/edits", (w, who) -> w.call(who, "GET",
                    "/api/messages/" + w.ownerMessage + "/edits", null), "200 200 200 200 404 200 404 404 401"),
            rest("POST /api/messages/{messageId}/reply", (w, who) -> w.call(who, "POST",
                    "/api/messages/" + w.ownerMessage + "/reply", json("content", "a reply")),
                    "201 201 201 201 404 403 404 404 401"),
            rest("POST /api/messages/{messageId}/pin", (w, who) -> w.call(who, "POST",
                    "/api/messages/" + w.freshOwnerMessage() + "/pin", null), "204 204 204 403 404 403 404 404 401"),
            rest("DELETE /api/messages/{messageId}/pin", (w, who) -> w.call(who, "DELETE",
                    "/api/messages/" + w.pinnedMessage + "/pin", null), "204 204 204 403 404 403 404 404 401"),
            rest("GET /api/messages/{messageId}/reactions/{emoji}", (w, who) -> w.call(who, "GET",
                    "/api/messages/" + w.ownerMessage + "/reactions/%F0%9F%91%8D", null),
                    "200 200 200 200 404 200 404 404 401"),
            rest("PUT /api/messages/{messageId}/reactions/{emoji}/@me", (w, who) -> w.call(who, "PUT",
                    "/api/messages/" + w.ownerMessage + "/reactions/%F0%9F%91%8D/@me", null),
                    "204 204 204 204 404 403 404 404 401"),
            rest("DELETE /api/messages/{messageId}/reactions/{emoji}/@me", (w, who) -> w.call(who, "DELETE",
                    "/api/messages/" + w.ownerMessage + "/reactions/%F0%9F%8E%89/@me", null),
                    "204 204 204 204 404 204 404 404 401"),
            rest("POST /api/messages/{messageId}/threads", (w, who) -> w.call(who, "POST",
                    "/api/messages/" + w.freshOwnerMessage() + "/threads", json("name", "a thread")),
                    "201 201 201 201 404 403 404 404 401"),

            // server settings, invites, members
            rest("PATCH /api/servers/{id}", (w, who) -> w.call(who, "PATCH", "/api/servers/" + w.server,
                    json("description", "changed")), "200 200 403 403 403 403 404 404 401"),
            rest("PUT /api/servers/{id}", (w, who) -> w.call(who, "PUT", "/api/servers/" + w.server,
                    json("description", "put")), "200 200 403 403 403 403 404 404 401"),
            rest("DELETE /api/servers/{id}", (w, who) -> w.call(who, "DELETE", "/api/servers/"
                    + (who == Who.OWNER ? w.api.createServer(w.owner, "doomed") : w.server), null),
                    "204 403 403 403 403 403 404 404 401"),
            rest("POST /api/servers/{id}/transfer", (w, who) -> who == Who.OWNER ? w.transferAFreshServer()
                    : w.call(who, "POST", "/api/servers/" + w.server + "/transfer", json("userId", w.users.get(Who.MEMBER).id())),
                    "200 403 403 403 403 403 404 404 401"),
            rest("GET /api/servers/{id}/invites", (w, who) -> w.call(who, "GET", "/api/servers/" + w.server + "/invites", null),
                    "200 200 403 403 403 403 404 404 401"),
            rest("GET /api/invites/{code}", (w, who) -> w.call(who, "GET", "/api/invites/" + w.invite, null),
                    "200 200 200 200 200 200 200 200 200"),
            rest("DELETE /api/invites/{code}", (w, who) -> w.call(who, "DELETE", "/api/invites/" + w.freshInvite(), null),
                    "204 204 403 403 403 403 404 404 401"),
            rest("GET /api/servers/{id}/members", (w, who) -> w.call(who, "GET", "/api/servers/" + w.server + "/members", null),
                    "200 200 200 200 200 200 404 404 401"),
            rest("GET /api/servers/{id}/members/{userId}", (w, who) -> w.call(who, "GET", "/api/servers/" + w.server
                    + "/members/" + w.owner.id(), null), "200 200 200 200 200 200 404 404 401"),

            // moderation
            rest("DELETE /api/servers/{id}/members/{userId}", (w, who) -> w.call(who, "DELETE", "/api/servers/" + w.server
                    + "/members/" + w.freshMember().id(), null), "204 204 204 403 403 403 404 404 401"),
            rest("PATCH /api/servers/{id}/members/{userId}", (w, who) -> w.call(who, "PATCH", "/api/servers/" + w.server
                    + "/members/" + w.freshMember().id(), json("timeoutUntil", Instant.now().plus(1, ChronoUnit.HOURS).toString())),
                    "200 200 200 403 403 403 404 404 401"),
            rest("PUT /api/servers/{serverId}/bans/{userId}", (w, who) -> w.call(who, "PUT", "/api/servers/" + w.server
                    + "/bans/" + w.freshMember().id(), json("reason", "matrix")), "204 204 204 403 403 403 404 404 401"),
            rest("DELETE /api/servers/{serverId}/bans/{userId}", (w, who) -> w.call(who, "DELETE", "/api/servers/" + w.server
                    + "/bans/" + w.freshBan(), null), "204 204 204 403 403 403 404 404 401"),
            rest("GET /api/servers/{serverId}/bans", (w, who) -> w.call(who, "GET", "/api/servers/" + w.server + "/bans", null),
                    "200 200 200 403 403 403 404 404 401"),
            rest("GET /api/servers/{serverId}/audit-log", (w, who) -> w.call(who, "GET", "/api/servers/" + w.server
                    + "/audit-log", null), "200 200 200 403 403 403 404 404 401"),

            // roles and permissions
            rest("GET /api/servers/{serverId}/roles", (w, who) -> w.call(who, "GET", "/api/servers/" + w.server + "/roles", null),
                    "200 200 200 200 200 200 404 404 401"),
            rest("POST /api/servers/{serverId}/roles", (w, who) -> w.call(who, "POST", "/api/servers/" + w.server + "/roles",
                    json("name", "made by " + who)), "201 201 201 403 403 403 404 404 401"),
            rest("PATCH /api/servers/{serverId}/roles", (w, who) -> w.call(who, "PATCH", "/api/servers/" + w.server + "/roles",
                    "[{\"id\":\"" + w.freshRole() + "\",\"position\":1}]"), "200 200 200 403 403 403 404 404 401"),
            rest("PATCH /api/servers/{serverId}/roles/{roleId}", (w, who) -> w.call(who, "PATCH", "/api/servers/" + w.server
                    + "/roles/" + w.freshRole(), json("name", "renamed")), "200 200 200 403 403 403 404 404 401"),
            rest("DELETE /api/servers/{serverId}/roles/{roleId}", (w, who) -> w.call(who, "DELETE", "/api/servers/" + w.server
                    + "/roles/" + w.freshRole(), null), "204 204 204 403 403 403 404 404 401"),
            rest("PUT /api/servers/{serverId}/members/{userId}/roles/{roleId}", (w, who) -> w.call(who, "PUT", "/api/servers/"
                    + w.server + "/members/" + w.users.get(Who.MEMBER).id() + "/roles/" + w.freshRole(), null),
                    "204 204 204 403 403 403 404 404 401"),
            rest("DELETE /api/servers/{serverId}/members/{userId}/roles/{roleId}", (w, who) -> w.call(who, "DELETE",
                    "/api/servers/" + w.server + "/members/" + w.users.get(Who.MEMBER).id() + "/roles/" + w.freshAssignedRole(),
                    null), "204 204 204 403 403 403 404 404 401"),
            rest("GET /api/channels/{channelId}/permissions/explain", (w, who) -> w.call(who, "GET", "/api/channels/"
                    + w.general + "/permissions/explain?userId=" + w.owner.id() + "&permission=SEND_MESSAGES", null),
                    "200 200 200 403 404 403 404 404 401"),

            // channels
            rest("PATCH /api/servers/{serverId}/channels", (w, who) -> w.call(who, "PATCH", "/api/servers/" + w.server
                    + "/channels", "[{\"id\":\"" + w.general + "\",\"position\":0}]"), "200 200 200 403 403 403 404 404 401"),
            rest("PATCH /api/channels/{id}", (w, who) -> w.call(who, "PATCH", "/api/channels/" + w.general,
                    json("topic", "set by " + who)), "200 200 200 403 404 403 404 404 401"),
            rest("DELETE /api/channels/{id}", (w, who) -> w.call(who, "DELETE", "/api/channels/" + w.freshChannel(), null),
                    "204 204 204 403 403 403 404 404 401"),

            // auto-moderation
            rest("GET /api/servers/{serverId}/automod/rules", (w, who) -> w.call(who, "GET", "/api/servers/" + w.server
                    + "/automod/rules", null), "200 200 403 403 403 403 404 404 401"),
            rest("POST /api/servers/{serverId}/automod/rules", (w, who) -> w.call(who, "POST", "/api/servers/" + w.server
                    + "/automod/rules", "{\"name\":\"no spam\",\"keywords\":[\"spam\"],\"action\":\"block\"}"),
                    "201 201 403 403 403 403 404 404 401"),
            rest("GET /api/servers/{serverId}/automod/rules/{ruleId}", (w, who) -> w.call(who, "GET", "/api/servers/" + w.server
                    + "/automod/rules/" + w.rule, null), "200 200 403 403 403 403 404 404 401"),
            rest("PATCH /api/servers/{serverId}/automod/rules/{ruleId}", (w, who) -> w.call(who, "PATCH", "/api/servers/"
                    + w.server + "/automod/rules/" + w.rule, "{\"enabled\":false}"), "200 200 403 403 403 403 404 404 401"),
            rest("DELETE /api/servers/{serverId}/automod/rules/{ruleId}", (w, who) -> w.call(who, "DELETE", "/api/servers/"
                    + w.server + "/automod/rules/" + (who == Who.OWNER || who == Who.ADMIN ? w.freshRule() : w.rule), null), "204 204 403 403 403 403 404 404 401"),

            // gateway client events
            gateway("message:send", "message:ack", (w, who) -> data("channelId", w.general, "content", "over the gateway"),
                    "200 200 200 200 404 403 404 404 401"),
            gateway("typing:start", "typing:user", (w, who) -> data("channelId", w.general),
                    "200 200 200 200 404 403 404 404 401"),
            gateway("presence:update", null, (w, who) -> data("status", "online"),
                    "200 200 200 200 200 200 200 200 401"),

            // last: every caller tries to leave the server for real (the owner may not)
            rest("DELETE /api/servers/{id}/members/@me", (w, who) -> w.call(who, "DELETE", "/api/servers/" + w.server
                    + "/members/@me", null), "409 204 204 204 204 204 404 404 401"));

    /** One server with a caller of each kind, and helpers to make fresh targets. */
    final class World {
        final Api api = new Api(base);
        final Map<Who, Api.User> users = new LinkedHashMap<>();
        final Api.User owner;
        final Api.User stranger;
        /** shares no server with anyone: nobody may start a conversation with them (403) */
        final Api.User loner;
        final String server;
        final String general;
        final String invite;
        final String ownerMessage;
        final String pinnedMessage;
        final String dm;
        final String rule;

        World() {
            owner = api.signUp("mx_owner");
            users.put(Who.OWNER, owner);
            server = api.createServer(owner, "matrix");
            general = api.firstChannel(owner, server);
            for (Who who : List.of(Who.ADMIN, Who.MODERATOR, Who.MEMBER, Who.DENIED, Who.TIMED_OUT, Who.BANNED)) {
                Api.User u = api.signUp("mx_" + who.name().toLowerCase(java.util.Locale.ROOT));
                api.join(u, owner, server);
                users.put(who, u);
            }
            stranger = api.signUp("mx_stranger");
            users.put(Who.STRANGER, stranger);
            loner = api.signUp("mx_friend");
            // Discord's order: a new role goes just above @everyone, so the one made last is lowest
            String admin = ok(api.call("POST", "/api/servers/" + server + "/roles", owner.token(),
                    "{\"name\":\"Admin\",\"permissions\":[\"ADMINISTRATOR\"]}"), 201).json().getString("id");
            String moderator = ok(api.call("POST", "/api/servers/" + server + "/roles", owner.token(),
                    "{\"name\":\"Moderator\",\"permissions\":" + MODERATOR_PERMISSIONS + "}"), 201).json().getString("id");
            assign(Who.ADMIN, admin);
            assign(Who.MODERATOR, moderator);
            ok(api.call("PUT", "/api/channels/" + general + "/overwrites/" + users.get(Who.DENIED).id(), owner.token(),
                    "{\"type\":\"member\",\"deny\":[\"VIEW_CHANNEL\"]}"), 204);
            ok(api.call("PATCH", "/api/servers/" + server + "/members/" + users.get(Who.TIMED_OUT).id(), owner.token(),
                    json("timeoutUntil", Instant.now().plus(1, ChronoUnit.DAYS).toString())), 200);
            ok(api.call("PUT", "/api/servers/" + server + "/bans/" + users.get(Who.BANNED).id(), owner.token(),
                    json("reason", "matrix")), 204);
            invite = api.post("/api/servers/" + server + "/invite", owner.token(), "{}").json().getString("code");
            ownerMessage = api.postMessage(owner, general, "the owner's message");
            pinnedMessage = api.postMessage(owner, general, "to be pinned and unpinned");
            rule = freshRule();
            dm = ok(api.call("POST", "/api/users/me/dms", owner.token(),
                    "{\"userIds\":[\"" + users.get(Who.MEMBER).id() + "\"]}"), 201).json().getString("id");
        }

        String token(Who who) {
            return who == Who.ANONYMOUS ? null : users.get(who).token();
        }

        Api.Reply call(Who who, String method, String path, String json) {
            return api.call(method, path, token(who), json);
        }

        private void assign(Who who, String roleId) {
            ok(api.call("PUT", "/api/servers/" + server + "/members/" + users.get(who).id() + "/roles/" + roleId,
                    owner.token(), null), 204);
        }

        String newAccountJson() {
            String name = "mx_new_" + UUID.randomUUID().toString().substring(0, 8);
            return json("email", name + "@example.test", "username", name, "password", "correct horse battery");
        }

        Api.User freshMember() {
            Api.User u = api.signUp("mx_fresh");
            api.join(u, owner, server);
            return u;
        }

        String freshBan() {
            Api.User u = api.signUp("mx_banned");
            ok(api.call("PUT", "/api/servers/" + server + "/bans/" + u.id(), owner.token(), "{}"), 204);
            return u.id();
        }

        String freshRole() {
            return ok(api.call("POST", "/api/servers/" + server + "/roles", owner.token(), json("name", "fresh")), 201)
                    .json().getString("id");
        }

        String freshAssignedRole() {
            String role = freshRole();
            ok(api.call("PUT", "/api/servers/" + server + "/members/" + users.get(Who.MEMBER).id() + "/roles/" + role,
                    owner.token(), null), 204);
            return role;
        }

        String freshChannel() {
            return ok(api.call("POST", "/api/servers/" + server + "/channels", owner.token(), json("name", "fresh")), 201)
                    .json().getString("id");
        }

        String freshInvite() {
            return ok(api.call("POST", "/api/servers/" + server + "/invite", owner.token(), "{}"), 201).json().getString("code");
        }

        String freshRule() {
            return ok(api.call("POST", "/api/servers/" + server + "/automod/rules", owner.token(),
                    "{\"name\":\"fresh\",\"keywords\":[\"forbidden\"],\"action\":\"block\"}"), 201).json().getString("id");
        }

        /** The owner hands a server of their own (not the matrix's) to a member of it. */
        Api.Reply transferAFreshServer() {
            String other = api.createServer(owner, "handed over");
            Api.User heir = api.signUp("mx_heir");
            api.join(heir, owner, other);
            return api.call("POST", "/api/servers/" + other + "/transfer", owner.token(), json("userId", heir.id()));
        }

        String freshOwnerMessage() {
            return api.postMessage(owner, general, "a fresh message");
        }

        String freshThread() {
            return ok(api.call("POST", "/api/messages/" + freshOwnerMessage() + "/threads", owner.token(),
                    json("name", "a thread")), 201).json().getString("id");
        }

        /** A fresh member with an overwrite on #general, for removing it. */
        String overwriteTarget() {
            Api.User u = api.signUp("mx_ow");
            api.join(u, owner, server);
            ok(api.call("PUT", "/api/channels/" + general + "/overwrites/" + u.id(), owner.token(),
                    "{\"type\":\"member\",\"allow\":[\"ADD_REACTIONS\"]}"), 204);
            return u.id();
        }

        int gatewayStatus(Who who, String event, JsonObject eventData, String answer) {
            try (GatewayClient ws = who == Who.ANONYMOUS ? GatewayClient.connect(base)
                    : GatewayClient.signedIn(base, users.get(who))) {
                ws.send(event, eventData);
                if (answer == null) {
                    List<JsonObject> seen = new ArrayList<>(ws.drainWithHeartbeat());
                    // a refusal may be written after the heartbeat's ack (events run on the gateway's workers)
                    JsonObject late = ws.nextWithin(java.time.Duration.ofMillis(750));
                    if (late != null) {
                        seen.add(late);
                    }
                    for (JsonObject frame : seen) {
                        if ("error".equals(frame.getString("event"))) {
                            return frame.getJsonObject("data").getInt("status");
                        }
                    }
                    return 200;
                }
                long until = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
                while (System.nanoTime() < until) {
                    JsonObject frame = ws.nextWithin(java.time.Duration.ofMillis(50));
                    if (frame != null && "error".equals(frame.getString("event"))) {
                        return frame.getJsonObject("data").getInt("status");
                    }
                    if (frame != null && answer.equals(frame.getString("event"))) {
                        return 200;
                    }
                    // typing and presence come apart from the rest (GatewayClient keeps them aside)
                    for (JsonObject passing : ws.takeEphemeral()) {
                        if (answer.equals(passing.getString("event"))) {
                            return 200;
                        }
                    }
                }
                return 0; // no answer at all: reported as a difference, with the other rows
            }
        }
    }

    private static Api.Reply ok(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply;
    }

    @Test
    void everyEndpointAndGatewayEventAnswersEachKindOfCallerExactly() {
        World world = new World();
        List<Who> leastPrivilegedFirst = new ArrayList<>(List.of(Who.values()));
        java.util.Collections.reverse(leastPrivilegedFirst);
        List<String> wrong = new ArrayList<>();
        for (Row row : ROWS) {
            for (Who who : leastPrivilegedFirst) {
                int expected = row.expected()[who.ordinal()];
                int actual = row.attempt().apply(world, who);
                if (actual != expected) {
                    wrong.add(row.key() + " as " + who + ": " + actual + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).as("answers that differ from the table").isEmpty();
    }

    @Test
    void everyEndpointTheServerOffersAndEveryGatewayEventHasARow() throws Exception {
        Api api = new Api(base);
        var doc = io.swagger.v3.core.util.Json.mapper().readTree(api.getAs("/openapi", "application/json").body());
        Set<String> offered = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                offered.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            }
        }));
        gatewayEvents().forEach(e -> offered.add("gateway " + e));
        Set<String> rows = ROWS.stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(ROWS.stream().map(Row::key)).as("one row each").doesNotHaveDuplicates();
        assertThat(rows).as("rows for what the server offers, and nothing else").isEqualTo(offered);
    }

    /** The events of the gateway's handlers, read from the compiled web module: a new handler needs a row. */
    private static Set<String> gatewayEvents() throws IOException {
        Path classes = Path.of("target", "classes");
        Set<String> events = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, AuthorizationMatrixIT.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (dev.parley.gateway.GatewayHandler.class.isAssignableFrom(type) && !type.isInterface()
                        && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                    try {
                        var constructor = type.getDeclaredConstructor();
                        constructor.setAccessible(true);
                        events.add(((dev.parley.gateway.GatewayHandler) constructor.newInstance()).event());
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError("cannot read the event of " + name, e);
                    }
                }
            }
        }
        assertThat(events).as("the gateway's handlers").isNotEmpty();
        return events;
    }
}
