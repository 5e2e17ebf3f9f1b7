package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Mail as a person gets it, from a real SMTP server (GreenMail, on the port web/pom.xml gives the deployment):
 * the verification mail at sign-up and its link, followed in a browser; forgot and reset password; mail in the
 * user's language; and an installation where unverified accounts may only read.
 */
class MailIT extends ParleyDeployment {

    /** PARLEY_MAIL_PORT in web/pom.xml */
    static final int SMTP_PORT = 32525;
    private static final String PASSWORD = "correct horse battery";
    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(30);
    /** The public URL the deployment is configured with (web/pom.xml): links in mail start with it, never with the Host. */
    private static final String PUBLIC_URL = Pattern.quote(System.getenv().getOrDefault("PARLEY_PUBLIC_URL",
            "http://localhost:8080"));
    private static final Pattern VERIFY_LINK = Pattern.compile("(" + PUBLIC_URL + ")(/verify-email\\.xhtml\\?token=([A-Za-z0-9_-]{43}))");
    private static final Pattern RESET_LINK = Pattern.compile("(" + PUBLIC_URL + ")(/reset-password\\.xhtml\\?token=([A-Za-z0-9_-]{43}))");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    private final OpenBrowsers browsers = new OpenBrowsers();
    private final java.util.List<ChatBrowser> anonymous = new java.util.ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.closeAll();
        anonymous.forEach(ChatBrowser::close);
        anonymous.clear();
    }

    /** One received mail: its subject, content type, and the text of its two parts. */
    record Mail(String subject, String from, String contentType, String text, String textType, String html,
            String htmlType) {

        static Mail of(MimeMessage m) throws Exception {
            MimeMultipart parts = (MimeMultipart) m.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            BodyPart text = parts.getBodyPart(0);
            BodyPart html = parts.getBodyPart(1);
            return new Mail(m.getSubject(), m.getFrom()[0].toString(), m.getContentType(), (String) text.getContent(), text.getContentType(),
                    (String) html.getContent(), html.getContentType());
        }

        /** The link of this pattern in both parts (the same), as {full, path, token}. */
        String[] link(Pattern pattern) {
            Matcher inText = pattern.matcher(text);
            assertThat(inText.find()).as("a link in the text part:\n%s", text).isTrue();
            assertThat(html).contains("href=\"" + inText.group() + "\"");
            return new String[] {inText.group(), inText.group(2), inText.group(3)};
        }
    }

    /** Waits for the {@code n}th mail to this address (1 = the first) and returns it. */
    private static Mail awaitMail(String to, int n) throws Exception {
        Instant deadline = Instant.now().plus(MAIL_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            MimeMessage[] got = smtp.getReceivedMessagesForDomain(to);
            if (got.length >= n) {
                return Mail.of(got[n - 1]);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail #" + n + " to " + to + " within " + MAIL_PATIENCE);
    }

    private static int mailsTo(String to) {
        return smtp.getReceivedMessagesForDomain(to).length;
    }

    private static String email(Api.User user) {
        return user.username() + "@example.test";
    }

    private static Connection db() throws Exception {
        String url = "jdbc:postgresql://" + System.getenv("PARLEY_DB_HOST") + ":" + System.getenv("PARLEY_DB_PORT") + "/"
                + System.getenv("PARLEY_DB_NAME");
        return DriverManager.getConnection(url, System.getenv("PARLEY_DB_USER"), System.getenv("PARLEY_DB_PASSWORD"));
    }

    private static void sql(String statement, Object... values) throws Exception {
        try (Connection db = db(); PreparedStatement s = db.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            assertThat(s.executeUpdate()).as(statement).isPositive();
        }
    }

    private static void assertProblem(Api.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).isEqualTo("https://parley.dev/problems/" + type);
    }

    private static String tokenBody(String token) {
        return Json.createObjectBuilder().add("token", token).build().toString();
    }

    private boolean emailVerified(Api api, String accessToken) {
        Api.Reply me = api.get("/api/users/me", accessToken);
        assertThat(me.status()).isEqualTo(200);
        return me.json().getBoolean("emailVerified");
    }

    private ChatBrowser anonymousBrowser(String name) {
        ChatBrowser browser = new ChatBrowser(name, base);
        anonymous.add(browser);
        return browser;
    }

    private static WebElement shown(ChatBrowser browser, String id) {
        WebDriver driver = browser.driver();
        ChatBrowser.until(browser, "#" + id, () -> !driver.findElements(By.id(id)).isEmpty()
                && driver.findElement(By.id(id)).isDisplayed());
        return driver.findElement(By.id(id));
    }

    @Test
    void signingUpMailsALinkThatVerifiesTheAddressOnceWithAButtonInTheBrowser() throws Exception {
        Api api = new Api(base);
        Api.User ada = api.signUp("mail_ada");
        assertThat(emailVerified(api, ada.token())).isFalse();

        Mail mail = awaitMail(email(ada), 1);
        assertThat(mail.contentType()).startsWith("multipart/alternative");
        assertThat(mail.textType()).startsWith("text/plain").containsIgnoringCase("charset=utf-8");
        assertThat(mail.htmlType()).startsWith("text/html").containsIgnoringCase("charset=utf-8");
        assertThat(mail.subject()).isEqualTo("Verify your email address for Parley");
        assertThat(mail.from()).isEqualTo("Parley Tests <parley@example.test>");
        assertThat(mail.text()).contains("Hello " + ada.username() + ",").contains("24 hours");
        assertThat(mail.html()).contains("Verify my email address");
        // the public URL of the configuration, not the Host the request came to
        String[] link = mail.link(VERIFY_LINK);

        ChatBrowser browser = anonymousBrowser("verifier");
        browser.open(link[1]);
        WebElement button = shown(browser, "verify:submit");
        assertThat(button.getText()).isEqualTo("Verify my email address");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        assertThat(emailVerified(api, ada.token())).as("opening the link (as a mail scanner would) changes nothing").isFalse();
        button.click();
        assertThat(shown(browser, "verified").getText()).isEqualTo("Your email address is verified. Thank you!");
        assertThat(emailVerified(api, ada.token())).isTrue();

        browser.open(link[1]);
        assertThat(shown(browser, "invalid").getText()).isEqualTo("This link has expired or was already used.");
        assertThat(browser.driver().findElements(By.id("verify:submit"))).as("no button for a used link").isEmpty();
        assertThat(shown(browser, "verify:to-login").getText()).isEqualTo("Sign in");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        assertProblem(api.post("/api/auth/verify-email", null, tokenBody(link[2])), 400, "invalid-link");
    }

    @Test
    void anExpiredForgedOrSupersededLinkIsRefusedAndResendMailsANewOne() throws Exception {
        Api api = new Api(base);
        Api.User bob = api.signUp("mail_bob");
        String first = awaitMail(email(bob), 1).link(VERIFY_LINK)[2];

        assertProblem(api.post("/api/auth/verify-email", null, tokenBody(first.substring(1) + "A")), 400, "invalid-link");
        assertProblem(api.post("/api/auth/verify-email", null, tokenBody("x".repeat(10_000))), 400, "invalid-link");
        assertProblem(api.post("/api/auth/verify-email", null, tokenBody("' or 1=1 --")), 400, "invalid-link");
        Api.Reply blank = api.post("/api/auth/verify-email", null, tokenBody(" "));
        assertProblem(blank, 400, "invalid-input");
        assertThat(blank.json().getJsonObject("fields").keySet()).containsExactly("token");
        assertProblem(api.post("/api/auth/verify-email/resend", null, null), 401, "not-authenticated");

        sql("update account_links set expires_at = now() - interval '1 minute' where token_hash = encode(sha256(?::bytea), 'hex')",
                first);
        assertProblem(api.post("/api/auth/verify-email", null, tokenBody(first)), 400, "invalid-link");
        // the page says so, and offers a new link to its signed-in owner
        ChatBrowser browser = browsers.signedIn(base, "expired", bob, "/verify-email.xhtml?token=" + first);
        assertThat(shown(browser, "invalid").getText()).isEqualTo("This link has expired or was already used.");
        assertThat(emailVerified(api, bob.token())).isFalse();
        WebElement resend = shown(browser, "verify:resend");
        assertThat(resend.getText()).isEqualTo("Send me a new link");
        resend.click();
        assertThat(shown(browser, "sent").getText()).isEqualTo("We sent you a new link. Check your mail.");
        String second = awaitMail(email(bob), 2).link(VERIFY_LINK)[2];
        assertThat(second).isNotEqualTo(first);

        assertThat(api.post("/api/auth/verify-email/resend", bob.token(), null).status()).isEqualTo(204);
        String third = awaitMail(email(bob), 3).link(VERIFY_LINK)[2];
        assertProblem(api.post("/api/auth/verify-email", null, tokenBody(second)), 400, "invalid-link");

        assertThat(api.post("/api/auth/verify-email", null, tokenBody(third)).status()).isEqualTo(204);
        assertThat(emailVerified(api, bob.token())).isTrue();
        assertProblem(api.post("/api/auth/verify-email/resend", bob.token(), null), 409, "conflict");
    }

    @Test
    void forgotPasswordMailsAResetLinkOnlyToAKnownAddressAndTheResetEndsEverySignIn() throws Exception {
        Api api = new Api(base);
        Api.User cat = api.signUp("mail_cat");
        awaitMail(email(cat), 1);
        String unknown = "nobody_" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";

        Api.Reply forUnknown = api.post("/api/auth/forgot-password", null, "{\"email\":\"" + unknown + "\"}");
        Api.Reply forKnown = api.post("/api/auth/forgot-password", null, "{\"email\":\"" + email(cat).toUpperCase() + "\"}");
        assertThat(forUnknown.status()).isEqualTo(202);
        assertThat(forKnown.status()).isEqualTo(202);
        assertThat(forUnknown.body()).isEqualTo(forKnown.body());
        assertThat(forKnown.json().getString("message")).isEqualTo(
                "If an account exists for that address, we sent a link to reset its password.");
        assertProblem(api.post("/api/auth/forgot-password", null, "{\"email\":\"not an address\"}"), 400, "invalid-input");

        Mail mail = awaitMail(email(cat), 2);
        assertThat(mail.subject()).isEqualTo("Reset your Parley password");
        assertThat(mail.contentType()).startsWith("multipart/alternative");
        String[] link = mail.link(RESET_LINK);
        assertThat(mailsTo(unknown)).as("no mail to an address without an account").isZero();

        // another device, signed in before the reset
        Api.Reply phone = api.post("/api/auth/login", null, "{\"login\":\"" + cat.username() + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(phone.status()).isEqualTo(200);
        String phoneToken = phone.json().getString("accessToken");

        // a password that does not do is refused, and the link still works
        Api.Reply tooShort = api.post("/api/auth/reset-password", null,
                Json.createObjectBuilder().add("token", link[2]).add("password", "short").build().toString());
        assertProblem(tooShort, 400, "invalid-input");
        assertThat(tooShort.json().getJsonObject("fields").keySet()).containsExactly("password");

        ChatBrowser browser = anonymousBrowser("resetter");
        browser.open(link[1]);
        WebDriver driver = browser.driver();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        shown(browser, "reset:password").sendKeys("a brand new secret");
        driver.findElement(By.id("reset:confirmation")).sendKeys("a different secret");
        driver.findElement(By.id("reset:submit")).click();
        assertThat(shown(browser, "reset:confirmation-message").getText()).isEqualTo("The two passwords differ.");
        assertThat(api.get("/api/users/me", phoneToken).status()).as("nothing changed yet").isEqualTo(200);

        shown(browser, "reset:password").clear();
        driver.findElement(By.id("reset:password")).sendKeys("a brand new secret");
        driver.findElement(By.id("reset:confirmation")).clear();
        driver.findElement(By.id("reset:confirmation")).sendKeys("a brand new secret");
        driver.findElement(By.id("reset:submit")).click();
        assertThat(shown(browser, "done").getText()).isEqualTo(
                "Your password is changed, and every device that was signed in to your account is signed out.");

        assertThat(api.get("/api/users/me", phoneToken).status()).as("the other sign-in ended at once").isEqualTo(401);
        assertProblem(api.post("/api/auth/login", null, "{\"login\":\"" + cat.username() + "\",\"password\":\"" + PASSWORD + "\"}"),
                401, "not-authenticated");
        Api.Reply fresh = api.post("/api/auth/login", null,
                "{\"login\":\"" + cat.username() + "\",\"password\":\"a brand new secret\"}");
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.json().getJsonObject("user").getBoolean("emailVerified")).as("the mail arrived: the address works").isTrue();

        browser.open(link[1]);
        assertThat(shown(browser, "invalid").getText()).isEqualTo("This link has expired or was already used.");
        assertThat(driver.findElements(By.id("reset:password"))).isEmpty();
        assertProblem(api.post("/api/auth/reset-password", null,
                Json.createObjectBuilder().add("token", link[2]).add("password", "yet another secret").build().toString()),
                400, "invalid-link");

        // the sign-in page leads here
        browser.open("/login.xhtml");
        shown(browser, "signin:to-forgot").click();
        shown(browser, "forgot:email").sendKeys(unknown);
        driver.findElement(By.id("forgot:submit")).click();
        assertThat(shown(browser, "sent").getText()).isEqualTo(
                "If an account exists for that address, we sent a link. It works for one hour.");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void mailIsInTheUsersLanguageElseTheRequestsAndValuesAreEscapedInHtml() throws Exception {
        Api api = new Api(base);
        // the request asks for Russian: the sign-up mail is Russian
        String username = "mail_dan_" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply registered = api.send(api.request("/api/auth/register", null).header("Content-Type", "application/json")
                .header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("email", username + "@example.test").add("username", username).add("password", PASSWORD)
                        .build().toString())).build());
        assertThat(registered.status()).isEqualTo(201);
        Api.User dan = new Api.User(registered.json().getJsonObject("user").getString("id"), username,
                registered.json().getString("accessToken"));
        Mail russian = awaitMail(email(dan), 1);
        assertThat(russian.subject()).isEqualTo("Подтвердите адрес электронной почты для Parley");
        assertThat(russian.text()).contains("Здравствуйте, " + username + "!");
        assertThat(russian.html()).contains("Подтвердить адрес");

        // no choice and no language asked for: English; the user's own choice wins over the request's
        Api.User eve = api.signUp("mail_eve");
        assertThat(awaitMail(email(eve), 1).subject()).isEqualTo("Verify your email address for Parley");
        sql("update users set locale = 'ru', display_name = ? where id = ?::uuid", "<b>Eve</b> & \"Co\"", eve.id());
        assertThat(api.post("/api/auth/forgot-password", null, "{\"email\":\"" + email(eve) + "\"}").status()).isEqualTo(202);
        Mail reset = awaitMail(email(eve), 2);
        assertThat(reset.subject()).isEqualTo("Сброс пароля в Parley");
        assertThat(reset.text()).contains("Здравствуйте, <b>Eve</b> & \"Co\"!");
        assertThat(reset.html()).contains("Здравствуйте, &lt;b&gt;Eve&lt;/b&gt; &amp; &quot;Co&quot;!")
                .doesNotContain("<b>Eve</b>");
        reset.link(RESET_LINK);
    }

    @Test
    void whereUnverifiedAccountsMayOnlyReadTheyReadButEveryWriteIsRefusedUntilVerified() throws Exception {
        Api api = new Api(base);
        String admin = admin(api);
        Api.User owner = api.signUp("mail_owner");
        Api.User reader = api.signUp("mail_reader");
        String serverId = api.createServer(owner, "read-only lounge");
        String channelId = api.firstChannel(owner, serverId);
        api.join(reader, owner, serverId);
        String messageId = api.postMessage(owner, channelId, "welcome");
        String otherInvite = api.post("/api/servers/" + api.createServer(owner, "elsewhere") + "/invite", owner.token(), "{}")
                .json().getString("code");
        // the owner verifies; the reader does not
        String ownerToken = awaitMail(email(owner), 1).link(VERIFY_LINK)[2];
        assertThat(api.post("/api/auth/verify-email", null, tokenBody(ownerToken)).status()).isEqualTo(204);
        String readerLink = awaitMail(email(reader), 1).link(VERIFY_LINK)[2];

        setUnverifiedAccess(api, admin, "read-only");
        try {
            assertThat(api.get("/api/channels/" + channelId + "/messages", reader.token()).status()).isEqualTo(200);
            assertThat(api.get("/api/servers/" + serverId + "/channels", reader.token()).status()).isEqualTo(200);
            assertThat(api.get("/api/users/me", reader.token()).status()).isEqualTo(200);

            Api.Reply post = api.post("/api/channels/" + channelId + "/messages", reader.token(), "{\"content\":\"hi\"}");
            assertProblem(post, 403, "email-not-verified");
            assertThat(post.json().getString("detail")).isEqualTo("Verify your email address first: until then you can read, but not write.");
            assertProblem(api.put("/api/messages/" + messageId + "/reactions/"
                    + URLEncoder.encode("👍", StandardCharsets.UTF_8) + "/@me", reader.token(), null), 403, "email-not-verified");
            assertProblem(api.postJson("/api/servers", reader.token(), Json.createObjectBuilder().add("name", "mine").build()),
                    403, "email-not-verified");
            assertProblem(api.post("/api/servers/join/" + otherInvite, reader.token(), null), 403, "email-not-verified");
            assertProblem(api.post("/api/servers/" + serverId + "/invite", reader.token(), "{}"), 403, "email-not-verified");
            assertProblem(api.post("/api/messages/" + messageId + "/threads", reader.token(), "{\"name\":\"side talk\"}"),
                    403, "email-not-verified");
            assertProblem(api.postJson("/api/users/me/dms", reader.token(),
                    Json.createObjectBuilder().add("userIds", Json.createArrayBuilder().add(owner.id())).build()),
                    403, "email-not-verified");
            try (GatewayClient ws = GatewayClient.signedIn(base, reader)) {
                ws.send("message:send", Json.createObjectBuilder().add("channelId", channelId).add("content", "over the gateway")
                        .add("nonce", "ro-1").build());
                JsonObject error = ws.expect("error").getJsonObject("data");
                assertThat(error.getString("code")).isEqualTo("email-not-verified");
                assertThat(error.getInt("status")).isEqualTo(403);
            }
            // the verified owner writes as ever
            api.postMessage(owner, channelId, "still open for the verified");

            // the chat page says why, and sends a new link
            ChatBrowser page = browsers.signedIn(base, "reader", reader, "/");
            WebElement banner = shown(page, "verify-banner");
            assertThat(banner.getText()).contains("Verify your email address: we sent you a link.")
                    .contains("Until then you can read, but not write.");
            assertThat(page.seriousAccessibilityViolations()).isEmpty();
            page.driver().findElement(By.id("verify-banner:resend")).click();
            assertThat(shown(page, "verify-banner:sent").getText()).isEqualTo("Sent. Check your mail.");
            String fresh = awaitMail(email(reader), 2).link(VERIFY_LINK)[2];
            assertProblem(api.post("/api/auth/verify-email", null, tokenBody(readerLink)), 400, "invalid-link");

            assertThat(api.post("/api/auth/verify-email", null, tokenBody(fresh)).status()).isEqualTo(204);
            assertThat(api.post("/api/channels/" + channelId + "/messages", reader.token(), "{\"content\":\"verified now\"}")
                    .status()).isEqualTo(201);
            page.open("/");
            page.waitForApp();
            assertThat(page.driver().findElements(By.id("verify-banner"))).isEmpty();
        } finally {
            setUnverifiedAccess(api, admin, "full");
        }
        // with full access an unverified account writes
        Api.User newcomer = api.signUp("mail_newcomer");
        api.join(newcomer, owner, serverId);
        assertThat(api.post("/api/channels/" + channelId + "/messages", newcomer.token(), "{\"content\":\"hello\"}").status())
                .isEqualTo(201);
    }

    /** it-admin-mail is one of PARLEY_ADMINS (web/pom.xml). */
    private static String admin(Api api) {
        String body = Json.createObjectBuilder().add("email", "it-admin-mail@example.test").add("username", "it-admin-mail")
                .add("password", PASSWORD).build().toString();
        Api.Reply registered = api.post("/api/auth/register", null, body);
        if (registered.status() == 201) {
            return registered.json().getString("accessToken");
        }
        Api.Reply login = api.post("/api/auth/login", null, "{\"login\":\"it-admin-mail\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.json().getString("accessToken");
    }

    private static void setUnverifiedAccess(Api api, String admin, String value) {
        Api.Reply changed = api.call("PATCH", "/api/admin/settings", admin, "{\"accounts.unverified-access\":\"" + value + "\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }
}
