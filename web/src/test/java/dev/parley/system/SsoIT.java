package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Single sign-on as an organisation's people and its security reviewer meet it, against real identity
 * providers over HTTP ({@link IdentityProviders}: mock-oauth2-server as the organisation's OpenID Connect
 * provider, as Google and as GitHub's OAuth 2.0 endpoints, GitHub's user API as routes of it).
 * A "browser" here is either Chromium or an HTTP client with a cookie jar that follows the same redirects.
 */
class SsoIT extends ParleyDeployment {

    private static final String PASSWORD = "correct horse battery";
    private static final String ADMIN = "it-admin-sso"; // PARLEY_ADMINS (web/pom.xml)

    IdentityProviders idp;

    @BeforeEach
    void providers() throws Exception {
        idp = IdentityProviders.start(base);
    }

    @AfterAll
    static void stopProviders() throws Exception {
        IdentityProviders.stop();
    }

    // ------------------------------------------------------------------------------------------------
    // the browser's redirect dance

    @Test
    void aBrowserSignsInThroughTheOrganisationsProviderFirstCreatingTheAccountThenFindingIt() throws Exception {
        String sub = "emp-" + UUID.randomUUID();
        String nick = "grace" + UUID.randomUUID().toString().substring(0, 6);
        try (ChatBrowser browser = new ChatBrowser("sso-first", new URL(IdentityProviders.PUBLIC_URL + "/"))) {
            browser.open("/login.xhtml");
            WebDriver d = browser.driver();
            assertThat(d.findElement(By.id("sso-oidc")).getText()).isEqualTo("Continue with Example Corp");
            assertThat(d.findElement(By.id("sso-google")).getText()).isEqualTo("Continue with Google");
            assertThat(d.findElement(By.id("sso-github")).getText()).isEqualTo("Continue with GitHub");
            assertThat(d.findElements(By.id("signin:login"))).as("passwords are on: the form is there too").hasSize(1);

            d.findElement(By.id("sso-oidc")).click();
            signInAtProvider(browser, sub, claims(nick + "@corp.example", true, nick, "Grace Hopper", null, null));
            browser.waitForApp();
            assertThat(d.findElement(By.cssSelector(".my-name")).getText()).isEqualTo("Grace Hopper");
            assertThat(d.getCurrentUrl()).startsWith(IdentityProviders.PUBLIC_URL + "/");
        }
        // later: the same person (the same subject), whose email changed at the provider, is the same account
        try (ChatBrowser browser = new ChatBrowser("sso-again", new URL(IdentityProviders.PUBLIC_URL + "/"))) {
            browser.open("/login.xhtml");
            browser.driver().findElement(By.id("sso-oidc")).click();
            signInAtProvider(browser, sub, claims("renamed-" + nick + "@corp.example", true, nick, "Grace Hopper", null, null));
            browser.waitForApp();
            assertThat(browser.driver().findElement(By.cssSelector(".my-username")).getText()).isEqualTo("@" + nick);
        }
    }

    @Test
    void aSignInThatWentWrongAtTheProviderOrTookTooLongSaysSoInWords() throws Exception {
        Dance dance = new Dance();
        dance.start("oidc");
        // the provider sends the browser back with an error (the person cancelled)
        String back = dance.back(URI.create(IdentityProviders.PUBLIC_URL + "/api/auth/oauth/callback?error=access_denied&state="
                + dance.state));
        assertThat(back).isEqualTo(IdentityProviders.PUBLIC_URL + "/sso-error.xhtml?reason=denied");
        String page = dance.page(back);
        assertThat(page).contains("The identity provider did not sign you in (it was cancelled or refused there).");
        assertThat(page).contains("Back to sign in");
        // an unknown provider is not offered
        assertThat(dance.get(IdentityProviders.PUBLIC_URL + "/api/auth/oauth/facebook").statusCode()).isEqualTo(404);
        // Russian
        HttpResponse<String> ru = dance.http.send(HttpRequest.newBuilder(URI.create(IdentityProviders.PUBLIC_URL
                + "/sso-error.xhtml?reason=expired")).header("Accept-Language", "ru").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ru.body()).contains("Вход занял слишком много времени или уже был использован.");
    }

    // ------------------------------------------------------------------------------------------------
    // linking to an existing account

    @Test
    void anExistingAccountIsLinkedOnlyWhenItsEmailIsVerifiedOnBothSides() throws Exception {
        Api api = new Api(base);
        Api.User local = api.signUp("linkme");
        String email = local.username() + "@example.test";

        // Parley has not verified the address: refused, though the provider has
        Dance first = new Dance();
        String refused = first.signIn("oidc", "link-" + UUID.randomUUID(), claims(email, true, "intruder", "Mallory", null, null));
        assertThat(refused).isEqualTo(IdentityProviders.PUBLIC_URL + "/sso-error.xhtml?reason=unverified-email");
        assertThat(first.page(refused)).contains("An account with your email address exists here, but the address is not"
                + " verified on both sides");
        assertThat(first.signedIn()).isFalse();

        // verified in Parley (as following the verification mail does), but not by the provider: refused
        verifyEmailInParley(local.id());
        Dance second = new Dance();
        assertThat(second.signIn("oidc", "link-" + UUID.randomUUID(), claims(email, false, "intruder", "Mallory", null, null)))
                .isEqualTo(IdentityProviders.PUBLIC_URL + "/sso-error.xhtml?reason=unverified-email");
        assertThat(second.signedIn()).isFalse();

        // verified on both sides: linked, signed in to that account
        Dance third = new Dance();
        assertThat(third.signIn("oidc", "link-" + UUID.randomUUID(), claims(email, true, "other-name", "Other", null, null)))
                .isEqualTo(IdentityProviders.PUBLIC_URL + "/");
        assertThat(third.page(IdentityProviders.PUBLIC_URL + "/")).contains("@" + local.username());
    }

    // ------------------------------------------------------------------------------------------------
    // what a security reviewer tries

    @Test
    void aTamperedStateOrAReplayedCallbackIsRefused() throws Exception {
        Dance dance = new Dance();
        dance.start("oidc");
        URI callback = dance.login("state-" + UUID.randomUUID(), claims("state@corp.example", true, null, null, null, null));
        URI tampered = URI.create(callback.toString().replace("state=" + dance.state, "state=" + dance.state + "x"));
        assertThat(dance.back(tampered)).isEqualTo(IdentityProviders.PUBLIC_URL + "/sso-error.xhtml?reason=expired");
        assertThat(dance.signedIn()).isFalse();

        // another browser (no session of this sign-in) brings the real callback: refused
        Dance other = new Dance();
        assertThat(other.back(callback)).isEqualTo(IdentityProviders.PUBLIC_URL + "/sso-error.xhtml?reason=expired");

        // the real one works once, then never again
        Dance once = new Dance();
        once.start("oidc");
        URI good = once.login("state-" + UUID.randomUUID(), claims("once-" + UUID.randomUUID() + "@corp.example", true, null, null, null, null));
        assertThat(once.back(good)).isEqualTo(IdentityProviders.PUBLIC_URL + "/");
        assertThat(once.back(good)).isEqualTo(IdentityProviders.PUBLIC_URL + "/sso-error.xhtml?reason=expired");
    }

    @Test
    void anIdTokenWithAWrongSignatureAudienceIssuerExpiryOrNonceIsRefused() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(IdentityProviders.KEY_ID).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .generate();
        String issuer = IdentityProviders.issuer("corp");
        Map<String, java.util.function.Function<String, String>> attacks = new java.util.LinkedHashMap<>();
        // each gets the nonce of its sign-in and answers the ID token to present
        attacks.put("signed with another key (same key id)", nonce -> IdentityProviders.sign(idToken(issuer,
                IdentityProviders.CORP_CLIENT, nonce, 300).build(), stranger));
        attacks.put("for another client", nonce -> idp.sign(idToken(issuer, "someone-else", nonce, 300).build()));
        attacks.put("from another issuer", nonce -> idp.sign(idToken(IdentityProviders.issuer("google"),
                IdentityProviders.CORP_CLIENT, nonce, 300).build()));
        attacks.put("expired", nonce -> idp.sign(idToken(issuer, IdentityProviders.CORP_CLIENT, nonce, -600).build()));
        attacks.put("with another nonce", nonce -> idp.sign(idToken(issuer, IdentityProviders.CORP_CLIENT,
                "not-" + nonce, 300).build()));
        attacks.put("without a nonce", nonce -> idp.sign(idToken(issuer, IdentityProviders.CORP_CLIENT, null, 300).build()));
        attacks.put("alg none", nonce -> new PlainJWT(idToken(issuer, IdentityProviders.CORP_CLIENT, nonce, 300).build()).serialize());
        attacks.put("tampered after signing", nonce -> {
            String[] parts = idp.sign(idToken(issuer, IdentityProviders.CORP_CLIENT, nonce, 300).build()).split("\\.");
            String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("\"mallory@corp.example\"", "\"ceo@corp.example\"");
            return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        });

        // a token that was good for one sign-in, replayed in the next (its nonce is the old one)
        Dance earlier = new Dance();
        earlier.start("oidc");
        String replayed = idp.sign(idToken(issuer, IdentityProviders.CORP_CLIENT, earlier.nonce, 300).build());
        attacks.put("replayed from an earlier sign-in", nonce -> replayed);

        for (var attack : attacks.entrySet()) {
            Dance dance = new Dance();
            dance.start("oidc");
            URI callback = dance.login("mallory", claims("mallory@corp.example", true, null, null, null, null));
            idp.nextTokenAnswer.set(tokenAnswer(attack.getValue().apply(dance.nonce)));
            assertThat(dance.back(callback)).as(attack.getKey())
                    .isEqualTo(IdentityProviders.PUBLIC_URL + "/sso-error.xhtml?reason=invalid");
            assertThat(dance.signedIn()).as(attack.getKey()).isFalse();
        }

        // the same crafted shape, rightly signed with this sign-in's nonce, is accepted: the refusals above are the attacks'
        Dance honest = new Dance();
        honest.start("oidc");
        URI callback = honest.login("mallory", claims("mallory@corp.example", true, null, null, null, null));
        idp.nextTokenAnswer.set(tokenAnswer(idp.sign(idToken(issuer, IdentityProviders.CORP_CLIENT, honest.nonce, 300).build())));
        assertThat(honest.back(callback)).isEqualTo(IdentityProviders.PUBLIC_URL + "/");
        assertThat(honest.signedIn()).isTrue();
    }

    // ------------------------------------------------------------------------------------------------
    // group sync

    @Test
    void directoryGroupsGiveAndTakeTheMappedServerRolesAtEachSignIn() throws Exception {
        Api api = new Api(base);
        String admin = admin(api);
        Api.User owner = api.signUp("gsowner");
        String server = api.createServer(owner, "Engineering");
        String roleA = role(api, owner, server, "Engineer");
        String roleB = role(api, owner, server, "Operator");
        String manual = role(api, owner, server, "Hand-given");
        String other = api.createServer(owner, "Elsewhere");
        String everyone = api.get("/api/servers/" + server + "/roles", owner.token()).array().getJsonObject(0).getString("id");
        String groupA = "eng-" + UUID.randomUUID();
        String groupB = "ops-" + UUID.randomUUID();

        // who may set the mapping, and what it takes
        String mapping = "[{\"group\":\"" + groupA + "\",\"serverId\":\"" + server + "\",\"roleId\":\"" + roleA + "\"},"
                + "{\"group\":\"" + groupB + "\",\"serverId\":\"" + server + "\",\"roleId\":\"" + roleB + "\"}]";
        assertThat(api.call("PUT", "/api/admin/sso/group-roles", owner.token(), mapping).status()).isEqualTo(403);
        Api.Reply wrong = api.call("PUT", "/api/admin/sso/group-roles", admin, "[{\"group\":\" \",\"serverId\":\"" + other
                + "\",\"roleId\":\"" + roleA + "\"},{\"group\":\"x\",\"serverId\":\"" + server + "\",\"roleId\":\"" + everyone
                + "\"},{\"group\":\"y\",\"serverId\":\"nope\",\"roleId\":\"" + roleA + "\"}]");
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        assertThat(wrong.json().getJsonObject("fields").keySet()).containsExactlyInAnyOrder("[2].serverId");
        Api.Reply wrongRoles = api.call("PUT", "/api/admin/sso/group-roles", admin, "[{\"group\":\" \",\"serverId\":\"" + other
                + "\",\"roleId\":\"" + roleA + "\"},{\"group\":\"x\",\"serverId\":\"" + server + "\",\"roleId\":\"" + everyone + "\"}]");
        assertThat(wrongRoles.status()).isEqualTo(400);
        assertThat(wrongRoles.json().getJsonObject("fields").keySet())
                .containsExactlyInAnyOrder("[0].group", "[0].roleId", "[1].roleId");
        Api.Reply set = api.call("PUT", "/api/admin/sso/group-roles", admin, mapping);
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(api.get("/api/admin/sso/group-roles", admin).array()).hasSize(2);

        String sub = "gs-" + UUID.randomUUID();
        String nick = "gs" + UUID.randomUUID().toString().substring(0, 8);
        String email = nick + "@corp.example";
        assertThat(new Dance().signIn("oidc", sub, claims(email, true, nick, null, List.of(groupA, "unmapped"), null)))
                .isEqualTo(IdentityProviders.PUBLIC_URL + "/");
        String userId = memberId(api, owner, server, nick);
        assertThat(userId).as("joined the server of the mapped role").isNotNull();
        assertThat(rolesOf(api, owner, server, nick)).containsExactly(roleA);

        // a role the mapping does not manage stays
        assertThat(api.call("PUT", "/api/servers/" + server + "/members/" + userId + "/roles/" + manual, owner.token(), null)
                .status()).isEqualTo(204);
        assertThat(new Dance().signIn("oidc", sub, claims(email, true, nick, null, List.of(groupB), null)))
                .isEqualTo(IdentityProviders.PUBLIC_URL + "/");
        assertThat(rolesOf(api, owner, server, nick)).containsExactlyInAnyOrder(roleB, manual);

        // no groups at all: every managed role goes, the member stays
        assertThat(new Dance().signIn("oidc", sub, claims(email, true, nick, null, List.of(), null)))
                .isEqualTo(IdentityProviders.PUBLIC_URL + "/");
        assertThat(rolesOf(api, owner, server, nick)).containsExactly(manual);

        // the audit log says the directory did it
        try (Connection db = database(); PreparedStatement q = db.prepareStatement("select action, actor_id, reason from audit_log"
                + " where server_id = ?::uuid and target_id = ? and action like 'member.role.%' order by id")) {
            q.setString(1, server);
            q.setString(2, userId);
            List<String> rows = new java.util.ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
                }
            }
            assertThat(rows).containsExactlyInAnyOrder("member.role.add null identity provider group sync",
                    "member.role.add " + owner.id() + " null",
                    "member.role.add null identity provider group sync", "member.role.remove null identity provider group sync",
                    "member.role.remove null identity provider group sync");
        }
        api.call("PUT", "/api/admin/sso/group-roles", admin, "[]");
    }

    // ------------------------------------------------------------------------------------------------
    // local passwords off

    @Test
    void withLocalPasswordsOffSingleSignOnIsTheOnlyWayIn() throws Exception {
        Api api = new Api(base);
        String admin = admin(api);
        Api.User someone = api.signUp("pwoff");
        try {
            assertThat(api.call("PATCH", "/api/admin/settings", admin, "{\"auth.local-passwords\":\"false\"}").status())
                    .isEqualTo(200);

            Api.Reply login = api.post("/api/auth/login", null, "{\"login\":\"" + someone.username() + "\",\"password\":\""
                    + PASSWORD + "\"}");
            assertThat(login.status()).isEqualTo(403);
            assertThat(login.contentType()).startsWith("application/problem+json");
            assertThat(login.json().getString("type")).isEqualTo("https://parley.dev/problems/local-passwords-off");
            Api.Reply register = api.post("/api/auth/register", null, "{\"email\":\"x" + UUID.randomUUID().toString()
                    .substring(0, 8) + "@example.test\",\"username\":\"pw" + UUID.randomUUID().toString().substring(0, 8)
                    + "\",\"password\":\"" + PASSWORD + "\"}");
            assertThat(register.status()).isEqualTo(403);
            assertThat(register.json().getString("type")).isEqualTo("https://parley.dev/problems/local-passwords-off");
            assertThat(api.get("/api/users/me", someone.token()).status()).as("signed-in tokens live on").isEqualTo(200);

            try (ChatBrowser browser = new ChatBrowser("sso-pwoff", new URL(IdentityProviders.PUBLIC_URL + "/"))) {
                browser.open("/login.xhtml");
                WebDriver d = browser.driver();
                assertThat(d.findElements(By.id("signin:login"))).isEmpty();
                assertThat(d.findElements(By.id("signin:password"))).isEmpty();
                assertThat(d.findElement(By.id("local-passwords-off")).getText())
                        .isEqualTo("This Parley signs you in through your organisation's account.");
                browser.open("/register.xhtml");
                assertThat(d.findElements(By.id("signup:password"))).isEmpty();
                d.findElement(By.id("sso-oidc")).click();
                String nick = "only" + UUID.randomUUID().toString().substring(0, 8);
                signInAtProvider(browser, "pwoff-" + UUID.randomUUID(), claims(nick + "@corp.example", true, nick, "Only SSO", null, null));
                browser.waitForApp();
                assertThat(d.findElement(By.cssSelector(".my-name")).getText()).isEqualTo("Only SSO");
            }
        } finally {
            assertThat(api.call("PATCH", "/api/admin/settings", admin, "{\"auth.local-passwords\":\"true\"}").status())
                    .isEqualTo(200);
        }
        assertThat(api.post("/api/auth/login", null, "{\"login\":\"" + someone.username() + "\",\"password\":\"" + PASSWORD
                + "\"}").status()).isEqualTo(200);
    }

    // ------------------------------------------------------------------------------------------------
    // Google and GitHub

    @Test
    void googleAndGithubSignPeopleInToo() throws Exception {
        String gnick = "gg" + UUID.randomUUID().toString().substring(0, 8);
        Dance google = new Dance();
        URI authorize = google.start("google");
        assertThat(authorize.toString()).startsWith(IdentityProviders.issuer("google") + "/authorize?");
        assertThat(google.back(google.login("g-" + UUID.randomUUID(), claims(gnick + "@gmail.example", true, null, "G User", null, null))))
                .isEqualTo(IdentityProviders.PUBLIC_URL + "/");
        assertThat(google.page(IdentityProviders.PUBLIC_URL + "/")).contains("@" + gnick);

        String login = "octo-" + UUID.randomUUID().toString().substring(0, 8);
        idp.githubUsers.put(login, new IdentityProviders.GithubUser(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L),
                login, "Octo Cat", login + "@users.example", true));
        Dance github = new Dance();
        URI toGithub = github.start("github");
        assertThat(toGithub.toString()).startsWith("http://localhost:" + IdentityProviders.PORT + "/github/authorize?");
        assertThat(query(toGithub)).containsEntry("code_challenge_method", "S256").containsKey("code_challenge")
                .containsEntry("redirect_uri", IdentityProviders.PUBLIC_URL + "/api/auth/oauth/callback");
        assertThat(github.back(github.login(login, null))).isEqualTo(IdentityProviders.PUBLIC_URL + "/");
        String page = github.page(IdentityProviders.PUBLIC_URL + "/");
        assertThat(page).contains("@" + login).contains("Octo Cat");

        // GitHub's primary email unverified, and an account with it exists: not linked
        Api.User local = new Api(base).signUp("ghlocal");
        String unverified = "octo-" + UUID.randomUUID().toString().substring(0, 8);
        idp.githubUsers.put(unverified, new IdentityProviders.GithubUser(Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L),
                unverified, "Not Verified", local.username() + "@example.test", false));
        Dance refused = new Dance();
        refused.start("github");
        assertThat(refused.back(refused.login(unverified, null)))
                .isEqualTo(IdentityProviders.PUBLIC_URL + "/sso-error.xhtml?reason=unverified-email");
    }

    // ------------------------------------------------------------------------------------------------
    // back-channel logout

    @Test
    void theProvidersBackChannelLogoutEndsTheBrowserSessionAndTheGatewayConnectionsAtOnce() throws Exception {
        Api api = new Api(base);
        Api.User ada = api.signUp("bclogout");
        verifyEmailInParley(ada.id());
        String sub = "bc-" + UUID.randomUUID();
        String sid = "sid-" + UUID.randomUUID();
        String email = ada.username() + "@example.test";
        try (ChatBrowser browser = new ChatBrowser("sso-bcl", new URL(IdentityProviders.PUBLIC_URL + "/"));
                GatewayClient socket = GatewayClient.signedIn(base, ada)) {
            browser.open("/login.xhtml");
            browser.driver().findElement(By.id("sso-oidc")).click();
            signInAtProvider(browser, sub, claims(email, true, null, null, null, sid));
            browser.waitForLive();

            // not valid: refused, nothing ends
            Api.Reply none = logout(api, null);
            assertThat(none.status()).isEqualTo(400);
            assertThat(none.contentType()).startsWith("application/problem+json");
            assertThat(logout(api, IdentityProviders.sign(logoutToken(sub, sid).build(),
                    new RSAKeyGenerator(2048).keyID(IdentityProviders.KEY_ID).generate())).status()).as("another key").isEqualTo(400);
            assertThat(logout(api, idp.sign(logoutToken(sub, sid).claim("nonce", "n").build())).status()).as("a nonce").isEqualTo(400);
            assertThat(logout(api, idp.sign(logoutToken(sub, sid).claim("events", Map.of()).build())).status())
                    .as("no logout event").isEqualTo(400);
            assertThat(logout(api, idp.sign(logoutToken(sub, sid).audience("someone-else").build())).status())
                    .as("another audience").isEqualTo(400);
            assertThat(logout(api, idp.sign(logoutToken(null, null).build())).status()).as("nobody named").isEqualTo(400);
            assertThat(logout(api, idp.sign(logoutToken(sub, "unknown-" + sid).build())).status())
                    .as("a session nobody has here").isEqualTo(200);
            browser.open("/");
            browser.waitForApp();

            // the provider session ends: the browser session it made ends, the password sign-in lives on
            assertThat(logout(api, idp.sign(logoutToken(sub, sid).build())).status()).isEqualTo(200);
            browser.open("/");
            ChatBrowser.until(browser, "the sign-in page", () -> !browser.driver().findElements(By.id("sso-oidc")).isEmpty());
            assertThat(api.get("/api/users/me", ada.token()).status()).isEqualTo(200);
            assertThat(socket.isClosed()).isFalse();
            assertThat(auditEntries(ada.id())).isEqualTo(1);

            // the person logged out at the provider (only sub): every sign-in of theirs ends, the gateway closes
            assertThat(logout(api, idp.sign(logoutToken(sub, null).build())).status()).isEqualTo(200);
            assertThat(socket.awaitClose().code()).isEqualTo(4005);
            assertThat(api.get("/api/users/me", ada.token()).status()).isEqualTo(401);
            assertThat(auditEntries(ada.id())).isEqualTo(2);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // helpers

    /** The provider's login form: any subject, and the claims its tokens carry. */
    private static void signInAtProvider(ChatBrowser browser, String subject, String claims) {
        WebDriver d = browser.driver();
        ChatBrowser.until(browser, "the provider's login form", () -> !d.findElements(By.name("username")).isEmpty());
        assertThat(d.getCurrentUrl()).startsWith("http://localhost:" + IdentityProviders.PORT + "/");
        d.findElement(By.name("username")).sendKeys(subject);
        WebElement box = d.findElement(By.name("claims"));
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1];", box, claims);
        d.findElement(By.cssSelector("input[type=submit]")).click();
    }

    private static String claims(String email, boolean verified, String preferredUsername, String name, List<String> groups,
            String sid) {
        var b = Json.createObjectBuilder();
        if (email != null) {
            b.add("email", email);
        }
        b.add("email_verified", verified);
        if (preferredUsername != null) {
            b.add("preferred_username", preferredUsername);
        }
        if (name != null) {
            b.add("name", name);
        }
        if (groups != null) {
            var g = Json.createArrayBuilder();
            groups.forEach(g::add);
            b.add("groups", g);
        }
        if (sid != null) {
            b.add("sid", sid);
        }
        return b.build().toString();
    }

    private static JWTClaimsSet.Builder idToken(String issuer, String audience, String nonce, int lifetimeSeconds) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject("mallory-sub")
                .issueTime(Date.from(now.minusSeconds(lifetimeSeconds < 0 ? 1200 : 0)))
                .expirationTime(Date.from(now.plusSeconds(lifetimeSeconds)))
                .claim("email", "mallory@corp.example").claim("email_verified", true);
        return nonce == null ? b : b.claim("nonce", nonce);
    }

    private static String tokenAnswer(String idToken) {
        return Json.createObjectBuilder().add("access_token", "at-" + UUID.randomUUID()).add("token_type", "Bearer")
                .add("expires_in", 300).add("id_token", idToken).build().toString();
    }

    private static JWTClaimsSet.Builder logoutToken(String sub, String sid) {
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder().issuer(IdentityProviders.issuer("corp"))
                .audience(IdentityProviders.CORP_CLIENT).issueTime(new Date()).jwtID(UUID.randomUUID().toString())
                .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));
        if (sub != null) {
            b.subject(sub);
        }
        if (sid != null) {
            b.claim("sid", sid);
        }
        return b;
    }

    private static Api.Reply logout(Api api, String token) {
        HttpRequest request = HttpRequest.newBuilder(api.uri("/api/auth/oidc/backchannel-logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(token == null ? "" : "logout_token="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))).build();
        return api.send(request);
    }

    private String admin(Api api) {
        Api.Reply r = api.post("/api/auth/register", null, "{\"email\":\"" + ADMIN + "@example.test\",\"username\":\"" + ADMIN
                + "\",\"password\":\"" + PASSWORD + "\"}");
        if (r.status() == 409) {
            r = api.post("/api/auth/login", null, "{\"login\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}");
        }
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return r.json().getString("accessToken");
    }

    private static String role(Api api, Api.User owner, String server, String name) {
        Api.Reply r = api.post("/api/servers/" + server + "/roles", owner.token(), "{\"name\":\"" + name + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().getString("id");
    }

    private static JsonObject member(Api api, Api.User owner, String server, String username) {
        return api.get("/api/servers/" + server + "/members?limit=1000", owner.token()).array().getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getJsonObject("user").getString("username").equals(username)).findFirst().orElse(null);
    }

    private static String memberId(Api api, Api.User owner, String server, String username) {
        JsonObject m = member(api, owner, server, username);
        return m == null ? null : m.getJsonObject("user").getString("id");
    }

    private static Set<String> rolesOf(Api api, Api.User owner, String server, String username) {
        return member(api, owner, server, username).getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).collect(Collectors.toSet());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://" + System.getenv("PARLEY_DB_HOST") + ":"
                + System.getenv("PARLEY_DB_PORT") + "/" + System.getenv("PARLEY_DB_NAME"), System.getenv("PARLEY_DB_USER"),
                System.getenv("PARLEY_DB_PASSWORD"));
    }

    /** What following the verification mail does (another part of issue 10): the address is verified in Parley. */
    private static void verifyEmailInParley(String userId) throws Exception {
        try (Connection db = database(); PreparedStatement u = db.prepareStatement("update users set email_verified = true where id = ?::uuid")) {
            u.setString(1, userId);
            assertThat(u.executeUpdate()).isEqualTo(1);
        }
    }

    /** The installation audit log's back-channel logout entries about this user (what its administrators read). */
    private static int auditEntries(String userId) throws Exception {
        try (Connection db = database(); PreparedStatement q = db.prepareStatement("select count(*) from audit_log"
                + " where server_id is null and action = 'auth.backchannel-logout' and target_id = ?")) {
            q.setString(1, userId);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** A browser as an HTTP client: a cookie jar, redirects looked at one by one. */
    static final class Dance {
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        URI authorize;
        String state;
        String nonce;

        HttpResponse<String> get(String url) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Clicks a provider's button: Parley sends the browser to the provider; where to. */
        URI start(String provider) throws Exception {
            HttpResponse<String> r = get(IdentityProviders.PUBLIC_URL + "/api/auth/oauth/" + provider);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
            authorize = URI.create(r.headers().firstValue("Location").orElseThrow());
            Map<String, String> q = query(authorize);
            state = q.get("state");
            nonce = q.get("nonce");
            return authorize;
        }

        /** Signs in at the provider's form; where the provider sends the browser back to. */
        URI login(String subject, String claims) throws Exception {
            String form = "username=" + URLEncoder.encode(subject, StandardCharsets.UTF_8)
                    + (claims == null ? "" : "&claims=" + URLEncoder.encode(claims, StandardCharsets.UTF_8));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(authorize).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
            return URI.create(r.headers().firstValue("Location").orElseThrow());
        }

        /** Comes back to Parley's callback; where Parley sends the browser then. */
        String back(URI callback) throws Exception {
            HttpResponse<String> r = get(callback.toString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
            return r.headers().firstValue("Location").orElseThrow();
        }

        String signIn(String provider, String subject, String claims) throws Exception {
            start(provider);
            return back(login(subject, claims));
        }

        String page(String url) throws Exception {
            HttpResponse<String> r = get(url);
            assertThat(r.statusCode()).as(url).isEqualTo(200);
            return r.body();
        }

        /** Whether the chat opens (else the sign-in filter sends the browser to the sign-in page). */
        boolean signedIn() throws Exception {
            return get(IdentityProviders.PUBLIC_URL + "/").statusCode() == 200;
        }
    }
}
