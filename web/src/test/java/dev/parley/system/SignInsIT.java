package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Sign-ins as a security reviewer probes them: a refresh token is single-use even when two refreshes
 * race; a sign-in that ends (logout, a reused refresh token, revoked from the list of sessions) is
 * refused at once, on REST and on the gateway, though its access token has not expired; the list of
 * sessions shows each device and only one's own.
 */
class SignInsIT extends ParleyDeployment {

    private static final String PASSWORD = "correct horse battery";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** One sign-in: its tokens and its id. */
    private record SignIn(String userId, String accessToken, String refreshToken, String id) {
        static SignIn of(JsonObject body) {
            return new SignIn(body.getJsonObject("user").getString("id"), body.getString("accessToken"),
                    body.getString("refreshToken"), body.getString("sessionId"));
        }
    }

    private SignIn login(Api api, String username, String userAgent) {
        Api.Reply r = api.send(api.request("/api/auth/login", null).header("User-Agent", userAgent)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("login", username)
                        .add("password", PASSWORD).build().toString())).build());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return SignIn.of(r.json());
    }

    private static Api.Reply refresh(Api api, String refreshToken) {
        return api.post("/api/auth/refresh", null, "{\"refreshToken\":\"" + refreshToken + "\"}");
    }

    @Test
    void twoRefreshesWithTheSameTokenAtTheSameMomentNeverBothSucceed() throws Exception {
        Api api = new Api(base);
        Api.User ada = api.signUp("race");
        for (int round = 0; round < 12; round++) {
            SignIn signIn = login(api, ada.username(), "round " + round);
            HttpRequest request = api.request("/api/auth/refresh", null).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"refreshToken\":\"" + signIn.refreshToken() + "\"}"))
                    .build();
            CompletableFuture<HttpResponse<String>> a = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
            CompletableFuture<HttpResponse<String>> b = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
            List<Integer> statuses = List.of(a.get().statusCode(), b.get().statusCode());
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 401);
            // the loser presented a token already traded: the whole sign-in ended, the winner's new tokens too
            HttpResponse<String> won = a.get().statusCode() == 200 ? a.get() : b.get();
            JsonObject pair = Json.createReader(new StringReader(won.body())).readObject();
            assertThat(api.get("/api/users/me", pair.getString("accessToken")).status()).isEqualTo(401);
            assertThat(refresh(api, pair.getString("refreshToken")).status()).isEqualTo(401);
        }
    }

    @Test
    void afterLogoutTheAccessTokenIsRefusedAtOnceAndTheGatewayConnectionCloses() {
        Api api = new Api(base);
        Api.User ada = api.signUp("logout");
        SignIn phone = login(api, ada.username(), "Phone");
        SignIn laptop = login(api, ada.username(), "Laptop");
        try (GatewayClient phoneSocket = GatewayClient.signedIn(base, new Api.User(ada.id(), ada.username(), phone.accessToken()));
                GatewayClient laptopSocket = GatewayClient.signedIn(base, new Api.User(ada.id(), ada.username(), laptop.accessToken()))) {
            assertThat(api.get("/api/users/me", phone.accessToken()).status()).isEqualTo(200);

            assertThat(api.post("/api/auth/logout", null, "{\"refreshToken\":\"" + phone.refreshToken() + "\"}").status())
                    .isEqualTo(204);

            Api.Reply refused = api.get("/api/users/me", phone.accessToken());
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            JsonObject error = phoneSocket.expect("error");
            assertThat(error.getJsonObject("data").getString("code")).isEqualTo("not-authenticated");
            assertThat(phoneSocket.awaitClose().code()).isEqualTo(4005);
            assertThat(refresh(api, phone.refreshToken()).status()).as("its refresh token too").isEqualTo(401);

            // the other sign-in of the same user lives on
            assertThat(api.get("/api/users/me", laptop.accessToken()).status()).isEqualTo(200);
            assertThat(laptopSocket.isClosed()).isFalse();
            // a new connection with the ended sign-in's token is refused
            GatewayClient again = GatewayClient.connect(base);
            again.send("authenticate", Json.createObjectBuilder().add("token", phone.accessToken()).build());
            assertThat(again.awaitClose().code()).isEqualTo(4001);
        }
    }

    @Test
    void reusingARotatedRefreshTokenEndsTheSignInAndItsNewestAccessToken() {
        Api api = new Api(base);
        Api.User ada = api.signUp("reuse");
        SignIn first = login(api, ada.username(), "Stolen laptop");
        Api.Reply rotated = refresh(api, first.refreshToken());
        assertThat(rotated.status()).isEqualTo(200);
        SignIn second = SignIn.of(rotated.json());
        assertThat(second.id()).as("a refresh keeps the sign-in").isEqualTo(first.id());
        assertThat(api.get("/api/users/me", second.accessToken()).status()).isEqualTo(200);

        assertThat(refresh(api, first.refreshToken()).status()).as("the old token, replayed").isEqualTo(401);

        assertThat(api.get("/api/users/me", second.accessToken()).status()).as("the newest access token").isEqualTo(401);
        assertThat(api.get("/api/users/me", first.accessToken()).status()).isEqualTo(401);
        assertThat(refresh(api, second.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void theListOfSessionsShowsEachDeviceAndSignsOutOneOrAllOthers() {
        Api api = new Api(base);
        Api.User ada = api.signUp("list");
        Api.User eve = api.signUp("list_eve");
        SignIn firefox = login(api, ada.username(),
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0");
        SignIn chrome = login(api, ada.username(),
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36");

        Api.Reply list = api.get("/api/users/me/sessions", chrome.accessToken());
        assertThat(list.status()).isEqualTo(200);
        var sessions = list.array().getValuesAs(JsonObject.class);
        // the sign-up's own sign-in, then the two logins, newest first
        assertThat(sessions).hasSize(3);
        assertThat(sessions.get(0).getString("id")).isEqualTo(chrome.id());
        assertThat(sessions.get(0).getString("device")).isEqualTo("Chrome on Linux");
        assertThat(sessions.get(0).getBoolean("current")).isTrue();
        assertThat(sessions.get(1).getString("id")).isEqualTo(firefox.id());
        assertThat(sessions.get(1).getString("device")).isEqualTo("Firefox on Windows");
        assertThat(sessions.get(1).getBoolean("current")).isFalse();
        assertThat(sessions.get(1).getString("ip")).isNotBlank();
        assertThat(sessions).allSatisfy(s -> assertThat(s.keySet()).contains("signedInAt", "lastUsedAt", "expiresAt"));

        // somebody else's sign-in, an unknown one and a malformed id: not found, nothing ended
        assertThat(api.delete("/api/users/me/sessions/" + firefox.id(), eve.token()).status()).isEqualTo(404);
        assertThat(api.delete("/api/users/me/sessions/" + UUID.randomUUID(), chrome.accessToken()).status()).isEqualTo(404);
        assertThat(api.delete("/api/users/me/sessions/not-an-id", chrome.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/users/me", firefox.accessToken()).status()).isEqualTo(200);

        assertThat(api.delete("/api/users/me/sessions/" + firefox.id(), chrome.accessToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/users/me", firefox.accessToken()).status()).isEqualTo(401);
        assertThat(refresh(api, firefox.refreshToken()).status()).isEqualTo(401);
        assertThat(api.delete("/api/users/me/sessions/" + firefox.id(), chrome.accessToken()).status())
                .as("already ended").isEqualTo(404);
        assertThat(api.get("/api/users/me/sessions", chrome.accessToken()).array()).hasSize(2);

        // sign out everywhere else: the sign-up's sign-in ends, this one stays
        assertThat(api.delete("/api/users/me/sessions", chrome.accessToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/users/me", ada.token()).status()).isEqualTo(401);
        assertThat(api.get("/api/users/me", chrome.accessToken()).status()).isEqualTo(200);
        assertThat(api.get("/api/users/me/sessions", chrome.accessToken()).array()).hasSize(1);
        assertThat(api.get("/api/users/me", eve.token()).status()).as("another user is untouched").isEqualTo(200);
    }

    @Test
    void theInstallationsAdministratorsChangeItsSettingsAllOrNothing() {
        Api api = new Api(base);
        // PARLEY_ADMINS names it-admin (web/pom.xml)
        Api.Reply registered = api.post("/api/auth/register", null, "{\"email\":\"it-admin@example.test\","
                + "\"username\":\"it-admin\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String admin = registered.json().getString("accessToken");
        Api.User someone = api.signUp("notadmin");

        Api.Reply settings = api.get("/api/admin/settings", admin);
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.json().getString("auth.local-passwords")).isEqualTo("true");
        assertThat(settings.json().getString("accounts.unverified-access")).isEqualTo("full");
        assertThat(api.get("/api/admin/settings", someone.token()).status()).isEqualTo(403);

        Api.Reply wrong = api.call("PATCH", "/api/admin/settings", admin,
                "{\"accounts.unverified-access\":\"read-only\",\"auth.local-passwords\":\"maybe\",\"colour\":\"red\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().getJsonObject("fields").keySet()).containsExactlyInAnyOrder("auth.local-passwords", "colour");
        assertThat(api.get("/api/admin/settings", admin).json().getString("accounts.unverified-access"))
                .as("nothing was changed").isEqualTo("full");
        assertThat(api.call("PATCH", "/api/admin/settings", admin, "{\"accounts.unverified-access\":true}").status())
                .isEqualTo(400);
        assertThat(api.call("PATCH", "/api/admin/settings", admin, "[1]").status()).isEqualTo(400);

        Api.Reply changed = api.call("PATCH", "/api/admin/settings", admin, "{\"accounts.unverified-access\":\"read-only\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().getString("accounts.unverified-access")).isEqualTo("read-only");
        assertThat(api.get("/api/admin/settings", admin).json().getString("accounts.unverified-access")).isEqualTo("read-only");
        assertThat(api.call("PATCH", "/api/admin/settings", admin, "{\"accounts.unverified-access\":\"full\"}").status())
                .isEqualTo(200);
    }

    /** The installation's signing key, as only the server has it (read from the database for the test). */
    private static java.security.interfaces.RSAPrivateKey signingKey() throws Exception {
        String url = "jdbc:postgresql://" + System.getenv("PARLEY_DB_HOST") + ":" + System.getenv("PARLEY_DB_PORT")
                + "/" + System.getenv("PARLEY_DB_NAME");
        try (var db = java.sql.DriverManager.getConnection(url, System.getenv("PARLEY_DB_USER"),
                System.getenv("PARLEY_DB_PASSWORD"));
                var rows = db.createStatement().executeQuery("select private_pem from signing_keys")) {
            assertThat(rows.next()).isTrue();
            String body = rows.getString(1).replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
            return (java.security.interfaces.RSAPrivateKey) java.security.KeyFactory.getInstance("RSA")
                    .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(java.util.Base64.getDecoder().decode(body)));
        }
    }

    private static String sign(com.nimbusds.jwt.JWTClaimsSet claims, java.security.PrivateKey key) throws Exception {
        var jwt = new com.nimbusds.jwt.SignedJWT(new com.nimbusds.jose.JWSHeader(com.nimbusds.jose.JWSAlgorithm.RS256),
                claims);
        jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void forgedExpiredAndUnsignedAccessTokensAreRefusedOnTheApiAndTheGateway() throws Exception {
        Api api = new Api(base);
        Api.User ada = api.signUp("attack");
        Api.User eve = api.signUp("attack_eve");
        SignIn signIn = login(api, ada.username(), "Victim");
        String[] parts = signIn.accessToken().split("\\.");
        var b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        var claims = com.nimbusds.jwt.JWTClaimsSet.parse(new String(java.util.Base64.getUrlDecoder().decode(parts[1])));
        java.util.Date past = new java.util.Date(System.currentTimeMillis() - 60_000);
        var key = signingKey();

        java.util.Map<String, String> attacks = new java.util.LinkedHashMap<>();
        attacks.put("expired, validly signed", sign(new com.nimbusds.jwt.JWTClaimsSet.Builder(claims)
                .issueTime(new java.util.Date(past.getTime() - 900_000)).expirationTime(past).build(), key));
        attacks.put("tampered claims (another user), old signature", parts[0] + "."
                + b64.encodeToString(new com.nimbusds.jwt.JWTClaimsSet.Builder(claims).subject(eve.id()).build()
                        .toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2]);
        var other = java.security.KeyPairGenerator.getInstance("RSA");
        other.initialize(2048);
        attacks.put("signed with another key", sign(claims, other.generateKeyPair().getPrivate()));
        attacks.put("alg none", b64.encodeToString("{\"alg\":\"none\"}".getBytes()) + "." + parts[1] + ".");
        attacks.put("another issuer", sign(new com.nimbusds.jwt.JWTClaimsSet.Builder(claims).issuer("evil").build(), key));
        attacks.put("no sign-in", sign(new com.nimbusds.jwt.JWTClaimsSet.Builder(claims).claim("sid", null).build(), key));

        for (var attack : attacks.entrySet()) {
            Api.Reply reply = api.get("/api/users/me", attack.getValue());
            assertThat(reply.status()).as(attack.getKey()).isEqualTo(401);
            GatewayClient ws = GatewayClient.connect(base);
            ws.send("authenticate", Json.createObjectBuilder().add("token", attack.getValue()).build());
            assertThat(ws.awaitClose().code()).as(attack.getKey()).isEqualTo(4001);
        }
        assertThat(api.get("/api/users/me", signIn.accessToken()).status()).as("the genuine token").isEqualTo(200);
    }
}
