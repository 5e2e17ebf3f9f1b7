package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Local accounts from outside (docs/accounts.md): what registration refuses and says why, passwords
 * of any length up to 128 characters, brute force throttled, profiles, password changes, and what the
 * installation's administrators do to accounts. The test deployment (web/pom.xml) trusts the test
 * machine as a proxy, so each client here names its address in X-Forwarded-For; it allows 10 failed sign-ins
 * per account in 100 s and 30 registrations per address in 300 s.
 */
class AccountsIT extends ParleyDeployment {

    private static final String PASSWORD = "correct horse battery";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String registration(String email, String username, String password) {
        return Json.createObjectBuilder().add("email", email).add("username", username).add("password", password)
                .build().toString();
    }

    private static String credentials(String login, String password) {
        return Json.createObjectBuilder().add("login", login).add("password", password).build().toString();
    }

    private static Map<String, String> fields(Api.Reply r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonObject f = r.json().getJsonObject("fields");
        Map<String, String> out = new java.util.TreeMap<>();
        f.forEach((k, v) -> out.put(k, ((jakarta.json.JsonString) v).getString()));
        return out;
    }

    /** A POST whose answer's headers matter (Retry-After). */
    private static HttpResponse<String> post(Api api, String path, String json) {
        try {
            return HTTP.send(api.request(path, null).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The first {@code burst} attempts went through ({@code passed}), later ones were refused with 429
     * but for as many as the limit regained meanwhile (one per {@code perToken}),
     * so that a slow machine does not make this fail.
     */
    private static void assertLimited(List<Integer> statuses, int passed, int burst, long startedNanos, Duration perToken) {
        Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
        assertThat(statuses.subList(0, burst)).as(statuses.toString()).containsOnly(passed);
        assertThat(statuses.subList(burst, statuses.size())).as(statuses.toString()).contains(429).isSubsetOf(passed, 429);
        long regained = took.toMillis() / perToken.toMillis() + 1;
        assertThat(statuses.subList(burst, statuses.size()).stream().filter(s -> s == passed).count())
                .as("%s in %s", statuses, took).isLessThanOrEqualTo(regained);
    }

    private String adminToken(Api api) {
        // PARLEY_ADMINS names it-admin-accounts (web/pom.xml)
        Api.Reply r = api.post("/api/auth/register", null, registration("it-admin-accounts@example.test",
                "it-admin-accounts", PASSWORD));
        if (r.status() == 409) {
            r = api.post("/api/auth/login", null, credentials("it-admin-accounts", PASSWORD));
        }
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return r.json().getString("accessToken");
    }

    @Test
    void registrationNamesEveryWrongFieldAndUsernamesAreUniqueInAnyCase() {
        Api api = new Api(base);
        String name = unique("Reg");
        assertThat(fields(api.post("/api/auth/register", null, registration("no-at-sign", "x", "short"))))
                .containsOnlyKeys("email", "username", "password");
        assertThat(fields(api.post("/api/auth/register", null, registration("a".repeat(250) + "@example.test", name,
                PASSWORD)))).containsOnlyKeys("email");
        for (String username : List.of("a", "x".repeat(33), "has space", "<script>", "anna@home", "Пётр", "a;drop")) {
            assertThat(fields(api.post("/api/auth/register", null, registration(unique("u") + "@example.test", username,
                    PASSWORD)))).as(username).containsOnlyKeys("username");
        }
        Map<String, String> expected = Map.of(
                "seven77", "must be at least 8 characters",
                "password1", "is one of the most common passwords; choose another",
                "Qwertyuiop", "is one of the most common passwords; choose another",
                "zzzzzzzzzzzz", "must not be one character repeated",
                "my " + name.toLowerCase() + " secret", "must not contain your username",
                "x".repeat(129), "must be at most 128 characters");
        expected.forEach((password, why) -> assertThat(fields(api.post("/api/auth/register", null,
                registration(name + "@example.test", name, password)))).as(password)
                .containsExactlyEntriesOf(Map.of("password", why)));
        assertThat(fields(api.post("/api/auth/register", null, registration("mailname99@example.test", name,
                "xx mailname99 yy")))).containsExactlyEntriesOf(Map.of("password", "must not contain the name of your email address"));
        assertThat(api.post("/api/auth/login", null, credentials(name, PASSWORD)).status()).as("nothing stored")
                .isEqualTo(401);

        assertThat(api.post("/api/auth/register", null, registration(name + "@example.test", name, PASSWORD)).status())
                .isEqualTo(201);
        Api.Reply sameNameOtherCase = api.post("/api/auth/register", null,
                registration("other-" + name + "@example.test", name.toUpperCase(), PASSWORD));
        assertThat(sameNameOtherCase.status()).isEqualTo(409);
        assertThat(sameNameOtherCase.json().getJsonObject("fields").keySet()).containsExactly("username");
        Api.Reply sameEmailOtherCase = api.post("/api/auth/register", null,
                registration(name.toUpperCase() + "@EXAMPLE.test", unique("other"), PASSWORD));
        assertThat(sameEmailOtherCase.status()).isEqualTo(409);
        assertThat(sameEmailOtherCase.json().getJsonObject("fields").keySet()).containsExactly("email");
    }

    @Test
    void aRefusedRegistrationSpeaksTheLanguageAcceptLanguagePrefers() {
        Api api = new Api(base);
        Api.User owner = api.signUp("Taken");
        // a blank field and a taken username: the blank field is refused first; then the taken name alone
        String blankAndTaken = registration("", owner.username(), PASSWORD);
        String takenOnly = registration(unique("free") + "@example.test", owner.username(), PASSWORD);

        HttpResponse<String> blankRu = post(api, "/api/auth/register", blankAndTaken, "ru-RU,ru;q=0.9,en;q=0.8");
        HttpResponse<String> blankEn = post(api, "/api/auth/register", blankAndTaken, "en-US,en;q=0.9,ru;q=0.5");
        HttpResponse<String> blankNone = post(api, "/api/auth/register", blankAndTaken, null);
        for (HttpResponse<String> r : List.of(blankRu, blankEn, blankNone)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(json(r).getString("type")).isEqualTo("https://parley.dev/problems/invalid-input");
            assertThat(json(r).getJsonObject("fields").keySet()).containsExactly("email");
        }
        assertProblem(blankRu, "ru", "Неверные данные", "Некоторые поля заполнены неверно.", "email",
                "не должно быть пустым");
        assertProblem(blankEn, "en", "Invalid input", "Some fields are not valid.", "email", "must not be blank");
        assertProblem(blankNone, "en", "Invalid input", "Some fields are not valid.", "email", "must not be blank");

        HttpResponse<String> takenRu = post(api, "/api/auth/register", takenOnly, "ru");
        HttpResponse<String> takenEn = post(api, "/api/auth/register", takenOnly, "ru;q=0.4, en;q=0.6");
        HttpResponse<String> takenNone = post(api, "/api/auth/register", takenOnly, null);
        for (HttpResponse<String> r : List.of(takenRu, takenEn, takenNone)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
            assertThat(json(r).getString("type")).isEqualTo("https://parley.dev/problems/conflict");
            assertThat(json(r).getJsonObject("fields").keySet()).containsExactly("username");
        }
        assertProblem(takenRu, "ru", "Конфликт", "Такая учётная запись уже существует.", "username", "это имя уже занято");
        assertProblem(takenEn, "en", "Conflict", "That account already exists.", "username", "is already taken");
        assertProblem(takenNone, "en", "Conflict", "That account already exists.", "username", "is already taken");
    }

    /** A POST with this Accept-Language (none when null). */
    private static HttpResponse<String> post(Api api, String path, String json, String acceptLanguage) {
        HttpRequest.Builder request = api.request(path, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> r) {
        try (var reader = Json.createReader(new java.io.StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    private static void assertProblem(HttpResponse<String> r, String language, String title, String detail, String field,
            String complaint) {
        JsonObject problem = json(r);
        assertThat(r.headers().firstValue("Content-Language")).as(r.body()).contains(language);
        assertThat(problem.getString("title")).isEqualTo(title);
        assertThat(problem.getString("detail")).isEqualTo(detail);
        assertThat(problem.getJsonObject("fields").getString(field)).isEqualTo(complaint);
    }

    @Test
    void passwordsUpTo128CharactersOfAnyByteLengthWorkAndLongerOnesAreA400() {
        Api api = new Api(base);
        String fourByte = "😀🙂🐘🦊".repeat(32); // 128 characters, 512 UTF-8 bytes
        for (String password : List.of("x".repeat(72) + "y", "ab".repeat(64), fourByte)) {
            String name = unique("long");
            Api.Reply registered = api.post("/api/auth/register", null, registration(name + "@example.test", name, password));
            assertThat(registered.status()).as(password.length() + ": " + registered).isEqualTo(201);
            assertThat(api.post("/api/auth/login", null, credentials(name, password)).status()).isEqualTo(200);
            String almost = password.substring(0, password.offsetByCodePoints(password.length(), -1)) + "z";
            assertThat(api.post("/api/auth/login", null, credentials(name, almost)).status())
                    .as("every byte counts, past 72 too").isEqualTo(401);
        }
        String tooLong = "ab".repeat(64) + "c";
        assertThat(fields(api.post("/api/auth/login", null, credentials(unique("nobody"), tooLong))))
                .as("an unknown user too").containsExactlyEntriesOf(Map.of("password", "must be at most 128 characters"));
        assertThat(fields(api.post("/api/auth/login", null, credentials(unique("nobody"), fourByte + "😀"))))
                .containsOnlyKeys("password");
        Api.User ada = api.signUp("longchange");
        assertThat(fields(api.put("/api/users/me/password", ada.token(), Json.createObjectBuilder()
                .add("currentPassword", PASSWORD).add("newPassword", tooLong).build().toString())))
                .containsExactlyEntriesOf(Map.of("newPassword", "must be at most 128 characters"));
    }

    @Test
    void wrongPasswordsForOneAccountAreThrottledTheRightOneTooUntilTheWindowPasses() throws Exception {
        Api api = new Api(base); // a new address per request: only the account's limit applies
        Api.User victim = api.signUp("victim");
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        long started = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            last = post(api, "/api/auth/login", credentials(victim.username(), "guess number " + i));
            statuses.add(last.statusCode());
        }
        assertLimited(statuses, 401, 10, started, Duration.ofSeconds(10));
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 10L);

        HttpResponse<String> right = post(api, "/api/auth/login", credentials(victim.username(), PASSWORD));
        assertThat(right.statusCode()).as("the right password, at once: refused too").isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(post(api, "/api/auth/login", credentials(victim.username() + "@example.test", PASSWORD)).statusCode())
                .as("by email too").isEqualTo(429);

        // the installation's audit log says so
        String admin = adminToken(api);
        Api.Reply log = api.get("/api/admin/audit-log?action=auth.login.throttled&limit=100", admin);
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.array().getValuesAs(JsonObject.class)).anySatisfy(e -> {
            assertThat(e.getString("targetType")).isEqualTo("user");
            assertThat(e.getString("targetId")).isEqualTo(victim.id());
        });

        // the window passes: the right password works again
        Thread.sleep(retryAfter * 1000);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status;
        do {
            status = post(api, "/api/auth/login", credentials(victim.username(), PASSWORD)).statusCode();
            if (status == 429) {
                Thread.sleep(500);
            }
        } while (status == 429 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(200);
    }

    @Test
    void failedSignInsFromOneAddressAreThrottledWhateverTheAccount() {
        Api attacker = Api.from(base, "10.250.0.1");
        List<Integer> statuses = new ArrayList<>();
        long started = System.nanoTime();
        do {
            statuses.add(attacker.post("/api/auth/login", null, credentials(unique("spray"), "some password")).status());
        } while (statuses.get(statuses.size() - 1) != 429 && statuses.size() < 200);
        assertLimited(statuses, 401, 100, started, Duration.ofSeconds(9)); // 100 in 900 s
        Api.User someone = new Api(base).signUp("elsewhere");
        assertThat(attacker.post("/api/auth/login", null, credentials(someone.username(), PASSWORD)).status())
                .as("from that address nobody signs in for now").isEqualTo(429);
        assertThat(Api.from(base, "10.250.0.2").post("/api/auth/login", null, credentials(someone.username(), PASSWORD))
                .status()).isEqualTo(200);
    }

    @Test
    void registrationsFromOneAddressAreThrottled() {
        Api office = Api.from(base, "10.251.0.1");
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        long started = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            String name = unique("burst");
            last = post(office, "/api/auth/register", registration(name + "@example.test", name, PASSWORD));
            statuses.add(last.statusCode());
        }
        assertLimited(statuses, 201, 30, started, Duration.ofSeconds(10)); // 30 in 300 s
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        String name = unique("next");
        assertThat(Api.from(base, "10.251.0.2").post("/api/auth/register", null,
                registration(name + "@example.test", name, PASSWORD)).status()).as("another address").isEqualTo(201);
    }

    @Test
    void theProfileIsChangedPartlyAndOthersSeeItWithoutTheEmail() {
        Api api = new Api(base);
        Api.User ada = api.signUp("profile");
        Api.User bob = api.signUp("profile_bob");
        String script = "<script>x()</script> & \"Ada\"";
        Api.Reply changed = api.put("/api/users/me", ada.token(), Json.createObjectBuilder().add("displayName", script)
                .add("bio", "Line one\nline two 🐘").add("statusText", "Writing the engine").add("locale", "ru")
                .build().toString());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject me = api.get("/api/users/me", ada.token()).json();
        assertThat(me.getString("displayName")).isEqualTo(script);
        assertThat(me.getString("bio")).isEqualTo("Line one\nline two 🐘");
        assertThat(me.getString("statusText")).isEqualTo("Writing the engine");
        assertThat(me.getString("locale")).isEqualTo("ru");

        // fields left out keep their value; null clears
        assertThat(api.put("/api/users/me", ada.token(), "{\"statusText\":null,\"locale\":\"en\"}").status()).isEqualTo(200);
        me = api.get("/api/users/me", ada.token()).json();
        assertThat(me.containsKey("statusText")).as("cleared").isFalse();
        assertThat(me.getString("locale")).isEqualTo("en");
        assertThat(me.getString("bio")).isEqualTo("Line one\nline two 🐘");

        Api.Reply seen = api.get("/api/users/" + ada.id(), bob.token());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().getString("displayName")).isEqualTo(script);
        assertThat(seen.json().getString("username")).isEqualTo(ada.username());
        assertThat(seen.json().getString("bio")).isEqualTo("Line one\nline two 🐘");
        assertThat(seen.json().keySet()).doesNotContain("email", "locale", "passwordHash")
                .contains("id", "username", "displayName", "bio");
        assertThat(seen.body()).doesNotContain(ada.username() + "@example.test");
        assertThat(api.get("/api/users/" + UUID.randomUUID(), bob.token()).status()).isEqualTo(404);

        // bad input: each field named, nothing changed
        assertThat(fields(api.put("/api/users/me", ada.token(), Json.createObjectBuilder()
                .add("displayName", "x".repeat(33)).add("bio", "b".repeat(191)).add("statusText", "two\nlines")
                .add("locale", "de").build().toString()))).containsOnlyKeys("displayName", "bio", "statusText", "locale");
        assertThat(fields(api.put("/api/users/me", ada.token(), "{\"displayName\":5}"))).containsOnlyKeys("displayName");
        assertThat(fields(api.put("/api/users/me", ada.token(), "{\"displayName\":\"a\\u0000b\"}"))).containsOnlyKeys("displayName");
        assertThat(api.put("/api/users/me", ada.token(), "{\"displayName\":\"x\",\"displayName\":\"y\"}").status()).isEqualTo(400);
        assertThat(api.put("/api/users/me", ada.token(), "").status()).isEqualTo(400);
        assertThat(api.get("/api/users/me", ada.token()).json().getString("displayName")).isEqualTo(script);
        assertThat(api.put("/api/users/me", ada.token(), Json.createObjectBuilder().add("displayName", "😀".repeat(32))
                .build().toString()).status()).as("32 characters, whatever their bytes").isEqualTo(200);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsTheOtherSignIns() {
        Api api = new Api(base);
        Api.User ada = api.signUp("pwchange");
        String phone = api.post("/api/auth/login", null, credentials(ada.username(), PASSWORD)).json().getString("accessToken");
        String newPassword = "violet harbour lantern";

        assertThat(fields(api.put("/api/users/me/password", ada.token(), Json.createObjectBuilder()
                .add("currentPassword", "not it at all").add("newPassword", newPassword).build().toString())))
                .containsExactlyEntriesOf(Map.of("currentPassword", "is not your current password"));
        assertThat(fields(api.put("/api/users/me/password", ada.token(), Json.createObjectBuilder()
                .add("currentPassword", PASSWORD).add("newPassword", "password123").build().toString())))
                .containsOnlyKeys("newPassword");
        assertThat(fields(api.put("/api/users/me/password", ada.token(), "{\"currentPassword\":\"" + PASSWORD + "\"}")))
                .containsOnlyKeys("newPassword");
        assertThat(api.get("/api/users/me", phone).status()).as("nothing changed yet").isEqualTo(200);

        Api.Reply changed = api.put("/api/users/me/password", ada.token(), Json.createObjectBuilder()
                .add("currentPassword", PASSWORD).add("newPassword", newPassword).build().toString());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(api.get("/api/users/me", phone).status()).as("the other sign-in ended").isEqualTo(401);
        assertThat(api.get("/api/users/me", ada.token()).status()).as("this one stays").isEqualTo(200);
        assertThat(api.post("/api/auth/login", null, credentials(ada.username(), PASSWORD)).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/login", null, credentials(ada.username(), newPassword)).status()).isEqualTo(200);
    }

    @Test
    void wrongCurrentPasswordsAreThrottled() {
        Api api = new Api(base);
        Api.User ada = api.signUp("pwguess");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            statuses.add(api.put("/api/users/me/password", ada.token(), Json.createObjectBuilder()
                    .add("currentPassword", "guess " + i).add("newPassword", "violet harbour lantern").build().toString())
                    .status());
        }
        assertThat(statuses).containsExactly(400, 400, 400, 400, 400, 429, 429);
        assertThat(api.put("/api/users/me/password", ada.token(), Json.createObjectBuilder()
                .add("currentPassword", PASSWORD).add("newPassword", "violet harbour lantern").build().toString()).status())
                .as("the right one too, for now").isEqualTo(429);
    }

    @Test
    void theInstallationsAdministratorsDisableAccountsAndReadTheirOwnAuditLog() {
        Api api = new Api(base);
        String admin = adminToken(api);
        Api.User eve = api.signUp("disabled");
        Api.User someone = api.signUp("notadmin2");

        assertThat(api.call("PATCH", "/api/admin/users/" + eve.id(), someone.token(), "{\"disabled\":true}").status())
                .isEqualTo(403);
        assertThat(api.get("/api/admin/audit-log", someone.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/users/me", eve.token()).status()).as("nothing happened").isEqualTo(200);

        assertThat(fields(api.call("PATCH", "/api/admin/users/" + eve.id(), admin, "{}"))).containsOnlyKeys("disabled");
        assertThat(fields(api.call("PATCH", "/api/admin/users/" + eve.id(), admin, "{\"disabled\":\"yes\"}")))
                .containsOnlyKeys("disabled");
        assertThat(api.call("PATCH", "/api/admin/users/" + UUID.randomUUID(), admin, "{\"disabled\":true}").status())
                .isEqualTo(404);
        String adminId = api.get("/api/users/me", admin).json().getString("id");
        assertThat(api.call("PATCH", "/api/admin/users/" + adminId, admin, "{\"disabled\":true}").status())
                .as("not one's own").isEqualTo(409);

        Api.Reply disabled = api.call("PATCH", "/api/admin/users/" + eve.id(), admin, "{\"disabled\":true}");
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.json().getBoolean("disabled")).isTrue();
        assertThat(api.get("/api/users/me", eve.token()).status()).as("refused at once").isEqualTo(401);
        assertThat(api.post("/api/auth/login", null, credentials(eve.username(), PASSWORD)).status()).isEqualTo(401);

        Api.Reply enabled = api.call("PATCH", "/api/admin/users/" + eve.id(), admin, "{\"disabled\":false}");
        assertThat(enabled.json().getBoolean("disabled")).isFalse();
        assertThat(api.post("/api/auth/login", null, credentials(eve.username(), PASSWORD)).status()).isEqualTo(200);

        List<JsonObject> entries = api.get("/api/admin/audit-log?limit=2", admin).array().getValuesAs(JsonObject.class);
        assertThat(entries).extracting(e -> e.getString("action")).containsExactly("user.enable", "user.disable");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.getString("targetId")).isEqualTo(eve.id());
            assertThat(e.getJsonObject("actor").getString("id")).isEqualTo(adminId);
        });
        List<JsonObject> older = api.get("/api/admin/audit-log?limit=1&before=" + entries.get(0).getString("id"), admin)
                .array().getValuesAs(JsonObject.class);
        assertThat(older).extracting(e -> e.getString("id")).containsExactly(entries.get(1).getString("id"));
        assertThat(api.get("/api/admin/audit-log?action=user.disable&userId=" + adminId, admin).array()
                .getValuesAs(JsonObject.class)).isNotEmpty().allSatisfy(e -> assertThat(e.getString("action")).isEqualTo("user.disable"));
        assertThat(fields(api.get("/api/admin/audit-log?limit=0", admin))).containsOnlyKeys("limit");
        assertThat(fields(api.get("/api/admin/audit-log?action=DROP%20TABLE", admin))).containsOnlyKeys("action");
    }
}
