package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Provisioning as the company's identity provider does it over SCIM 2.0: the request sequences Okta
 * and Entra ID send (find by userName, create, change, deactivate, replace, delete), and what a person
 * notices of it: an account deactivated or deleted at the provider loses access at once, its REST token
 * refused and its gateway connection closed (4005). The provider authenticates with PARLEY_SCIM_TOKEN
 * (web/pom.xml); its mistakes are answered in SCIM's error schema.
 */
class ScimProvisioningIT extends ParleyDeployment {

    private static final String TOKEN = System.getenv("PARLEY_SCIM_TOKEN");
    private static final String PASSWORD = "correct horse battery";
    private static final String SCIM = "application/scim+json";

    private Api.Reply scim(String method, String path, String body) {
        return scimAs(TOKEN, method, path, body);
    }

    private Api.Reply scimAs(String token, String method, String path, String body) {
        Api api = new Api(base);
        HttpRequest.Builder b = HttpRequest.newBuilder(api.uri("/scim/v2" + path))
                .timeout(java.time.Duration.ofSeconds(30)).header("Accept", SCIM);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", SCIM + "; charset=utf-8");
        }
        return api.send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.replace('\'', '"'))).build());
    }

    private static String filter(String expression) {
        return "?filter=" + URLEncoder.encode(expression, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Reply login(String login) {
        return new Api(base).post("/api/auth/login", null, "{\"login\":\"" + login + "\",\"password\":\"" + PASSWORD + "\"}");
    }

    private static void assertScimError(Api.Reply reply, int status, String scimType) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(SCIM);
        JsonObject error = reply.json();
        assertThat(error.getJsonArray("schemas").getString(0)).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(error.getString("status")).isEqualTo(Integer.toString(status));
        if (scimType == null) {
            assertThat(error.containsKey("scimType")).isFalse();
        } else {
            assertThat(error.getString("scimType")).isEqualTo(scimType);
        }
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at dev.parley");
    }

    /** Okta: GET by userName, POST (with "Sync password"), PUT on profile changes, PATCH {"active": false} to deactivate. */
    @Test
    void oktaProvisionsChangesDeactivatesAndReactivatesAUser() {
        String email = unique("okta.ada.") + "@example.test";
        Api.Reply none = scim("GET", "/Users" + filter("userName eq \"" + email + "\"") + "&startIndex=1&count=100", null);
        assertThat(none.status()).as(none.toString()).isEqualTo(200);
        assertThat(none.contentType()).startsWith(SCIM);
        assertThat(none.json().getInt("totalResults")).isZero();
        assertThat(none.json().getJsonArray("Resources")).isEmpty();

        Api.Reply created = scim("POST", "/Users", "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],"
                + "'userName':'" + email + "','name':{'givenName':'Ada','familyName':'Lovelace'},"
                + "'emails':[{'primary':true,'value':'" + email + "','type':'work'}],'displayName':'Ada Lovelace',"
                + "'locale':'en-US','externalId':'00u" + email.hashCode() + "','groups':[],'password':'" + PASSWORD
                + "','active':true}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject user = created.json();
        String id = user.getString("id");
        assertThat(user.getString("userName")).isEqualTo(email);
        assertThat(user.getBoolean("active")).isTrue();
        assertThat(user.getString("displayName")).isEqualTo("Ada Lovelace");
        assertThat(user.getJsonObject("name").getString("givenName")).isEqualTo("Ada");
        assertThat(user.getJsonArray("emails").getJsonObject(0).getString("value")).isEqualTo(email);
        assertThat(user.containsKey("password")).as("never read back").isFalse();
        assertThat(user.getJsonObject("meta").getString("location")).endsWith("/scim/v2/Users/" + id);

        JsonObject found = scim("GET", "/Users" + filter("userName eq \"" + email.toUpperCase() + "\""), null).json();
        assertThat(found.getInt("totalResults")).isEqualTo(1);
        assertThat(found.getJsonArray("Resources").getJsonObject(0).getString("id")).isEqualTo(id);

        // the person signs in: a Parley username made of the email, the email verified (the provider vouches)
        Api.Reply signedIn = login(email);
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        JsonObject account = signedIn.json().getJsonObject("user");
        assertThat(account.getString("id")).isEqualTo(id);
        assertThat(account.getString("username")).isEqualTo(email.substring(0, email.indexOf('@')));
        assertThat(account.getBoolean("emailVerified")).isTrue();
        assertThat(account.getString("displayName")).isEqualTo("Ada Lovelace");

        Api.Reply put = scim("PUT", "/Users/" + id, "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'id':'" + id
                + "','userName':'" + email + "','name':{'givenName':'Augusta','familyName':'King'},"
                + "'emails':[{'primary':true,'value':'" + email + "','type':'work'}],'displayName':'Augusta Ada King',"
                + "'active':true}");
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.json().getString("displayName")).isEqualTo("Augusta Ada King");
        String token = login(email).json().getString("accessToken");
        assertThat(new Api(base).get("/api/users/me", token).json().getString("displayName")).isEqualTo("Augusta Ada King");

        Api.Reply deactivated = scim("PATCH", "/Users/" + id, "{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],"
                + "'Operations':[{'op':'replace','value':{'active':false}}]}");
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().getBoolean("active")).isFalse();
        assertThat(new Api(base).get("/api/users/me", token).status()).isEqualTo(401);
        assertThat(login(email).status()).isEqualTo(401);
        assertThat(scim("GET", "/Users/" + id, null).json().getBoolean("active")).as("still the provider's").isFalse();

        Api.Reply reactivated = scim("PATCH", "/Users/" + id, "{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],"
                + "'Operations':[{'op':'replace','value':{'active':true}}]}");
        assertThat(reactivated.json().getBoolean("active")).isTrue();
        assertThat(login(email).status()).isEqualTo(200);

        assertThat(auditActions(id)).containsExactly("scim.user.create", "scim.user.update", "scim.user.disable",
                "scim.user.enable");
    }

    /** Entra ID: GET by userName, POST, PATCH with paths ("False" as a string), PUT, DELETE. */
    @Test
    void entraProvisionsPatchesReplacesAndDeletesAUser() {
        String userName = unique("grace.") + "@corp.example";
        String objectId = UUID.randomUUID().toString();
        assertThat(scim("GET", "/Users" + filter("userName eq \"" + userName + "\""), null).json().getInt("totalResults"))
                .isZero();
        Api.Reply created = scim("POST", "/Users", "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User',"
                + "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],'externalId':'" + objectId + "',"
                + "'userName':'" + userName + "','active':true,'emails':[{'primary':true,'type':'work','value':'" + userName
                + "'}],'meta':{'resourceType':'User'},'name':{'formatted':'Grace Hopper','familyName':'Hopper',"
                + "'givenName':'Grace'},'roles':[],"
                + "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User':{'department':'Navy'}}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        assertThat(created.json().getString("displayName")).isEqualTo("Grace Hopper");
        assertThat(login(userName).status()).as("no password: she signs in through the provider").isEqualTo(401);

        JsonObject byExternalId = scim("GET", "/Users" + filter("externalId eq \"" + objectId + "\""), null).json();
        assertThat(byExternalId.getInt("totalResults")).isEqualTo(1);
        assertThat(byExternalId.getJsonArray("Resources").getJsonObject(0).getString("id")).isEqualTo(id);

        String newEmail = unique("rear.admiral.") + "@corp.example";
        Api.Reply patched = scim("PATCH", "/Users/" + id, "{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],"
                + "'Operations':[{'op':'Replace','path':'displayName','value':'Rear Admiral Hopper'},"
                + "{'op':'Replace','path':'name.givenName','value':'Grace Brewster'},"
                + "{'op':'Add','path':'emails[type eq \\'work\\'].value','value':'" + newEmail + "'},"
                + "{'op':'Add','path':'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department','value':'Navy'}]}"
                .replace("\\'", "\\\""));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        JsonObject after = scim("GET", "/Users/" + id, null).json();
        assertThat(after.getString("displayName")).isEqualTo("Rear Admiral Hopper");
        assertThat(after.getJsonObject("name").getString("givenName")).isEqualTo("Grace Brewster");
        assertThat(after.getJsonArray("emails").getJsonObject(0).getString("value")).isEqualTo(newEmail);
        assertThat(scim("GET", "/Users" + filter("emails.value eq \"" + newEmail + "\""), null).json().getInt("totalResults"))
                .isEqualTo(1);

        Api.Reply disabled = scim("PATCH", "/Users/" + id, "{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],"
                + "'Operations':[{'op':'Replace','path':'active','value':'False'}]}");
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.json().getBoolean("active")).isFalse();

        Api.Reply replaced = scim("PUT", "/Users/" + id, "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],"
                + "'externalId':'" + objectId + "','userName':'" + userName + "','active':true,"
                + "'emails':[{'primary':true,'type':'work','value':'" + newEmail + "'}],"
                + "'name':{'familyName':'Hopper','givenName':'Grace'}}");
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().getBoolean("active")).isTrue();
        assertThat(replaced.json().getString("displayName")).as("PUT replaces: the name parts make it").isEqualTo("Grace Hopper");

        Api.Reply deleted = scim("DELETE", "/Users/" + id, null);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertScimError(scim("GET", "/Users/" + id, null), 404, null);
        assertThat(scim("GET", "/Users" + filter("userName eq \"" + userName + "\""), null).json().getInt("totalResults"))
                .isZero();
        assertScimError(scim("DELETE", "/Users/" + id, null), 404, null);
        assertScimError(scim("PATCH", "/Users/" + id, "{'Operations':[{'op':'replace','path':'active','value':true}]}"),
                404, null);
        // the account stays, disabled, with what it wrote; its name cannot be taken by someone else's POST
        assertThat(disabledAt(id)).isNotNull();
        assertScimError(scim("POST", "/Users", "{'userName':'" + userName + "','emails':[{'value':'x" + newEmail + "'}]}"),
                409, "uniqueness");

        assertThat(auditActions(id)).containsExactly("scim.user.create", "scim.user.update", "scim.user.disable",
                "scim.user.update", "scim.user.enable", "scim.user.delete");
    }

    /** Deactivated at the provider while signed in, three ways: the token is refused at once and the gateway closes 4005. */
    @Test
    void aUserDeactivatedWhileSignedInLosesAccessAtOnce() {
        List<String> ways = List.of(
                "PATCH {'Operations':[{'op':'replace','value':{'active':false}}]}",
                "PATCH {'Operations':[{'op':'Replace','path':'active','value':'False'}]}",
                "PUT", "DELETE");
        for (String way : ways) {
            String userName = unique("signed.in.");
            String email = userName + "@example.test";
            Api.Reply created = scim("POST", "/Users", "{'userName':'" + userName + "','emails':[{'value':'" + email
                    + "','primary':true}],'password':'" + PASSWORD + "'}");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String id = created.json().getString("id");
            JsonObject signIn = login(userName).json();
            Api.User user = new Api.User(id, userName, signIn.getString("accessToken"));
            Api api = new Api(base);
            try (GatewayClient socket = GatewayClient.signedIn(base, user)) {
                assertThat(api.get("/api/users/me", user.token()).status()).isEqualTo(200);

                Api.Reply done = way.startsWith("PATCH") ? scim("PATCH", "/Users/" + id, way.substring(6))
                        : way.equals("PUT") ? scim("PUT", "/Users/" + id, "{'userName':'" + userName + "','emails':[{'value':'"
                                + email + "'}],'active':false}")
                        : scim("DELETE", "/Users/" + id, null);
                assertThat(done.status()).as(way + ": " + done).isEqualTo(way.equals("DELETE") ? 204 : 200);

                Api.Reply refused = api.get("/api/users/me", user.token());
                assertThat(refused.status()).as(way).isEqualTo(401);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(socket.awaitClose().code()).as(way).isEqualTo(4005);
                assertThat(api.post("/api/auth/refresh", null, "{\"refreshToken\":\"" + signIn.getString("refreshToken")
                        + "\"}").status()).as(way).isEqualTo(401);
                assertThat(login(userName).status()).as(way).isEqualTo(401);
            }
        }
    }

    @Test
    void aDeletedUserComesBackOnlyAsTheSamePersonOfTheProvider() {
        String userName = unique("returning.");
        String objectId = UUID.randomUUID().toString();
        String body = "{'userName':'" + userName + "','externalId':'" + objectId + "','emails':[{'value':'" + userName
                + "@example.test'}],'password':'" + PASSWORD + "'}";
        Api.Reply created = scim("POST", "/Users", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        assertThat(scim("DELETE", "/Users/" + id, null).status()).isEqualTo(204);
        assertThat(login(userName).status()).isEqualTo(401);

        // another person of the provider (another externalId) cannot take the name or the account
        assertScimError(scim("POST", "/Users", body.replace(objectId, UUID.randomUUID().toString())), 409, "uniqueness");
        assertScimError(scim("POST", "/Users", body.replace("'externalId':'" + objectId + "',", "")), 409, "uniqueness");

        Api.Reply back = scim("POST", "/Users", body);
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        assertThat(back.json().getString("id")).as("the same account").isEqualTo(id);
        assertThat(back.json().getBoolean("active")).isTrue();
        assertThat(scim("GET", "/Users/" + id, null).status()).isEqualTo(200);
        assertThat(login(userName).status()).isEqualTo(200);
        assertThat(auditActions(id)).containsExactly("scim.user.create", "scim.user.delete", "scim.user.restore",
                "scim.user.update", "scim.user.enable");
    }

    @Test
    void deletingAUserKeepsWhatTheyWroteUnderTheirName() {
        Api api = new Api(base);
        Api.User owner = api.signUp("scim_owner");
        String serverId = api.createServer(owner, "Deprovisioning");
        String channelId = api.firstChannel(owner, serverId);
        String userName = unique("leaver.");
        Api.Reply created = scim("POST", "/Users", "{'userName':'" + userName + "','displayName':'Lea Ver',"
                + "'emails':[{'value':'" + userName + "@example.test'}],'password':'" + PASSWORD + "'}");
        String id = created.json().getString("id");
        Api.User leaver = new Api.User(id, userName, login(userName).json().getString("accessToken"));
        api.join(leaver, owner, serverId);
        String messageId = api.postMessage(leaver, channelId, "handing over: the runbook is in the wiki");

        assertThat(scim("DELETE", "/Users/" + id, null).status()).isEqualTo(204);

        Api.Reply kept = api.get("/api/messages/" + messageId, owner.token());
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json().getString("content")).isEqualTo("handing over: the runbook is in the wiki");
        assertThat(kept.json().getJsonObject("author").getString("id")).isEqualTo(id);
        assertThat(kept.json().getJsonObject("author").getString("username")).isEqualTo(userName);
    }

    @Test
    void emailUserNamesGiveValidUniqueUsernames() {
        String local = unique("same.name.");
        List<String> usernames = new ArrayList<>();
        for (String domain : List.of("a.example", "b.example", "c.example")) {
            String userName = local + "@" + domain;
            Api.Reply created = scim("POST", "/Users", "{'userName':'" + userName + "','emails':[{'value':'" + userName
                    + "'}],'password':'" + PASSWORD + "'}");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.json().getString("userName")).as("the provider sees its own").isEqualTo(userName);
            usernames.add(login(userName).json().getJsonObject("user").getString("username"));
        }
        assertThat(usernames).containsExactly(local, local + "-2", local + "-3");
    }

    @Test
    void anAccountMadeBeforeProvisioningIsFoundAndDeactivatedToo() {
        Api api = new Api(base);
        Api.User local = api.signUp("before_scim");
        JsonObject found = scim("GET", "/Users" + filter("userName eq \"" + local.username() + "\""), null).json();
        assertThat(found.getInt("totalResults")).isEqualTo(1);
        JsonObject resource = found.getJsonArray("Resources").getJsonObject(0);
        assertThat(resource.getString("id")).isEqualTo(local.id());
        assertThat(resource.getString("userName")).isEqualTo(local.username());
        assertThat(scim("GET", "/Users" + filter("emails.value eq \"" + local.username() + "@example.test\""), null)
                .json().getInt("totalResults")).isEqualTo(1);

        assertScimError(scim("POST", "/Users", "{'userName':'" + local.username() + "','emails':[{'value':'new."
                + local.username() + "@example.test'}]}"), 409, "uniqueness");
        assertThat(scim("PATCH", "/Users/" + local.id(), "{'Operations':[{'op':'replace','path':'active','value':false}]}")
                .status()).isEqualTo(200);
        assertThat(api.get("/api/users/me", local.token()).status()).isEqualTo(401);
    }

    @Test
    void theProviderMustAuthenticateAndItsMistakesAreAnsweredInScimTerms() {
        assertScimError(scimAs(null, "GET", "/Users", null), 401, null);
        assertScimError(scimAs(TOKEN + "x", "GET", "/Users", null), 401, null);
        assertScimError(scimAs(TOKEN.substring(1), "GET", "/ServiceProviderConfig", null), 401, null);
        assertScimError(scimAs("", "POST", "/Users", "{'userName':'mallory'}"), 401, null);
        Api.Reply basic = new Api(base).send(HttpRequest.newBuilder(new Api(base).uri("/scim/v2/Users"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("x:" + TOKEN).getBytes()))
                .GET().build());
        assertScimError(basic, 401, null);
        assertThat(scim("GET", "/Users" + filter("userName eq \"mallory\""), null).json().getInt("totalResults"))
                .as("nothing was created").isZero();

        for (String bad : new String[] {"userName eq", "userName eq mallory", "userName co \"a\"", "title eq \"x\"",
                "userName eq \"a\" or 1 eq 1", "userName eq \"a\"' or '1'='1", "userName eq \"unterminated"}) {
            assertScimError(scim("GET", "/Users" + filter(bad), null), 400, "invalidFilter");
        }

        String userName = unique("dup.");
        String body = "{'userName':'" + userName + "','emails':[{'value':'" + userName + "@example.test'}]}";
        assertThat(scim("POST", "/Users", body).status()).isEqualTo(201);
        assertScimError(scim("POST", "/Users", body.replace("'userName':'" + userName, "'userName':'" + userName.toUpperCase())),
                409, "uniqueness");
        assertScimError(scim("POST", "/Users", "{'userName':'other." + userName + "','emails':[{'value':'" + userName
                + "@example.test'}]}"), 409, "uniqueness");
        assertScimError(scim("POST", "/Users", "{'userName':'<script>alert(1)</script>'}"), 400, "invalidValue");
        assertScimError(scim("POST", "/Users", "{'emails':[{'value':'a@b.example'}]}"), 400, "invalidValue");
        assertScimError(scim("POST", "/Users", "{not json"), 400, "invalidSyntax");
        assertScimError(scim("POST", "/Users", "[]"), 400, "invalidSyntax");
        assertScimError(scim("GET", "/Users/" + UUID.randomUUID(), null), 404, null);
        assertScimError(scim("GET", "/Users/not-an-id", null), 404, null);
        assertScimError(scim("GET", "/Groups", null), 404, null);

        String id = scim("GET", "/Users" + filter("userName eq \"" + userName + "\""), null).json()
                .getJsonArray("Resources").getJsonObject(0).getString("id");
        assertScimError(scim("PATCH", "/Users/" + id, "{'Operations':[{'op':'Replace','path':'displayName','value':'Mallory'},"
                + "{'op':'Replace','path':'active','value':'maybe'}]}"), 400, "invalidValue");
        JsonObject unchanged = scim("GET", "/Users/" + id, null).json();
        assertThat(unchanged.containsKey("displayName")).as("all or nothing").isFalse();
        assertThat(unchanged.getBoolean("active")).isTrue();
        assertScimError(scim("PATCH", "/Users/" + id, "{'Operations':[{'op':'remove'}]}"), 400, "noTarget");

        String script = "<img src=x onerror=alert(1)> Ünïcødé 👩‍💻";
        Api.Reply named = scim("PATCH", "/Users/" + id, "{'Operations':[{'op':'replace','path':'displayName','value':'"
                + script + "'}]}");
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.json().getString("displayName")).isEqualTo(script);
    }

    @Test
    void theDiscoveryDocumentsSayWhatIsSupported() {
        JsonObject config = scim("GET", "/ServiceProviderConfig", null).json();
        assertThat(config.getJsonObject("patch").getBoolean("supported")).isTrue();
        assertThat(config.getJsonObject("filter").getBoolean("supported")).isTrue();
        assertThat(config.getJsonObject("bulk").getBoolean("supported")).isFalse();
        assertThat(config.getJsonArray("authenticationSchemes").getJsonObject(0).getString("type"))
                .isEqualTo("oauthbearertoken");
        JsonObject types = scim("GET", "/ResourceTypes", null).json();
        assertThat(types.getJsonArray("Resources").getJsonObject(0).getString("endpoint")).isEqualTo("/Users");
        JsonObject schemas = scim("GET", "/Schemas", null).json();
        assertThat(schemas.getJsonArray("Resources").getJsonObject(0).getString("id"))
                .isEqualTo("urn:ietf:params:scim:schemas:core:2.0:User");
        assertScimError(scim("POST", "/ServiceProviderConfig", "{}"), 405, null);
    }

    @Test
    void usersArePagedByStartIndexAndCount() {
        for (int i = 0; i < 3; i++) {
            String userName = unique("page.");
            assertThat(scim("POST", "/Users", "{'userName':'" + userName + "','emails':[{'value':'" + userName
                    + "@example.test'}]}").status()).isEqualTo(201);
        }
        JsonObject all = scim("GET", "/Users?count=200", null).json();
        int total = all.getInt("totalResults");
        assertThat(total).isGreaterThanOrEqualTo(3);
        JsonObject second = scim("GET", "/Users?startIndex=2&count=2", null).json();
        assertThat(second.getInt("startIndex")).isEqualTo(2);
        assertThat(second.getInt("itemsPerPage")).isEqualTo(2);
        assertThat(second.getInt("totalResults")).isEqualTo(total);
        assertThat(second.getJsonArray("Resources").getJsonObject(0).getString("id"))
                .isEqualTo(all.getJsonArray("Resources").getJsonObject(1).getString("id"));
        assertThat(scim("GET", "/Users?count=0", null).json().getJsonArray("Resources")).isEmpty();
        assertThat(scim("GET", "/Users?startIndex=" + (total + 1), null).json().getJsonArray("Resources")).isEmpty();
        assertScimError(scim("GET", "/Users?count=many", null), 400, "invalidValue");
    }

    private static List<String> auditActions(String userId) {
        try (Connection db = db(); var q = db.prepareStatement("select action from audit_log where target_type = 'user'"
                + " and target_id = ? and server_id is null and actor_id is null order by id")) {
            q.setString(1, userId);
            List<String> actions = new ArrayList<>();
            try (var rows = q.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
            return actions;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object disabledAt(String userId) {
        try (Connection db = db(); var q = db.prepareStatement("select disabled_at from users where id = ?::uuid")) {
            q.setString(1, userId);
            try (var rows = q.executeQuery()) {
                return rows.next() ? rows.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection db() throws SQLException {
        String url = "jdbc:postgresql://" + System.getenv("PARLEY_DB_HOST") + ":" + System.getenv("PARLEY_DB_PORT") + "/"
                + System.getenv("PARLEY_DB_NAME");
        return DriverManager.getConnection(url, System.getenv("PARLEY_DB_USER"), System.getenv("PARLEY_DB_PASSWORD"));
    }
}
