package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser UI's defences, tried from outside (docs/security.md): the security headers and a
 * Content-Security-Policy that no page breaks while every page still works, versioned static URLs,
 * the session cookie's flags, refused forged posts (another origin, no form token), no session id in
 * URLs, no Host header in redirects or links, and the expired page's status.
 */
class WebSecurityIT extends ParleyDeployment {

    /** PARLEY_PUBLIC_URL of the test deployment (web/pom.xml): not the address the tests reach it at. */
    private static final String PUBLIC_URL = System.getenv().getOrDefault("PARLEY_PUBLIC_URL", "http://localhost:8080");

    private final List<ChatBrowser> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(ChatBrowser::close);
        browsers.clear();
    }

    private ChatBrowser browser(String name) {
        ChatBrowser browser = new ChatBrowser(name, base);
        browsers.add(browser);
        return browser;
    }

    @Test
    void everyPageOfTheUiCarriesItsSecurityHeadersAndTheApiItsOwn() {
        FormClient client = new FormClient(base);
        for (String path : List.of("/login.xhtml", "/register.xhtml")) {
            HttpResponse<String> page = client.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            List<String> policies = page.headers().allValues("Content-Security-Policy");
            assertThat(policies).as("one policy on " + path).hasSize(1);
            String policy = policies.get(0);
            assertThat(policy).as(path).contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'",
                    "base-uri 'self'", "form-action 'self'").doesNotContain("unsafe-eval");
            String scripts = directive(policy, "script-src");
            assertThat(scripts).as("scripts on " + path).doesNotContain("unsafe-inline")
                    .isEqualTo("script-src 'self' 'nonce-" + FormClient.nonce(page.body()) + "'");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(page.body()).as("no inline handler on " + path).doesNotContainPattern("\\son[a-z]+=\"");
            assertThat(inlineScriptsWithoutNonce(page.body())).as("inline scripts without the nonce on " + path).isEmpty();
        }

        HttpResponse<String> missing = client.get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        String errorPolicy = missing.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(directive(errorPolicy, "script-src")).isEqualTo("script-src 'self'");
        assertThat(errorPolicy).contains("frame-ancestors 'self'", "object-src 'none'");
        assertThat(missing.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(missing.headers().firstValue("Cache-Control")).hasValue("no-store");

        for (String path : List.of("/api/servers", "/openapi")) {
            HttpResponse<String> api = client.get(path);
            assertThat(api.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(api.headers().allValues("Content-Security-Policy")).as(path + " keeps its own headers").isEmpty();
        }
        assertThat(client.get("/api/servers").statusCode()).isEqualTo(401);
    }

    @Test
    void staticUrlsNameTheirContentsVersionAndAreCachedForAWeek() throws Exception {
        FormClient client = new FormClient(base);
        String page = client.get("/login.xhtml").body();
        List<String> ours = new ArrayList<>();
        for (String name : List.of("js/ui-bindings.js", "js/messages-a11y.js", "css/parley.css")) {
            String url = resourceUrl(page, name);
            Matcher version = Pattern.compile("[?&]v=([0-9a-f]{12})(&|$)").matcher(url);
            assertThat(version.find()).as(name + " names its version: " + url).isTrue();
            HttpResponse<byte[]> resource = client.getBytes(url);
            assertThat(resource.statusCode()).as(url).isEqualTo(200);
            assertThat(version.group(1)).as("the version of " + name + " is its content's")
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(resource.body()))
                            .substring(0, 12));
            assertThat(resource.headers().firstValue("Cache-Control")).as(url)
                    .hasValue("public, max-age=604800, immutable");
            assertThat(resource.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            ours.add(version.group(1));
        }
        assertThat(ours).as("different contents, different URLs").doesNotHaveDuplicates();
        HttpResponse<String> missing = client.get("/jakarta.faces.resource/js/no-such.js.xhtml?v=0123456789ab");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Cache-Control")).as("a missing file is not kept").hasValue("no-store");
        String primeFaces = resourceUrl(page, "core.js");
        assertThat(primeFaces).as("PrimeFaces names its own version, once").containsOnlyOnce("v=");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndNotSecureOnAPlainHttpPublicUrl() {
        HttpResponse<String> page = new FormClient(base).get("/login.xhtml");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + page.headers().map()));
        List<String> attributes = List.of(cookie.toLowerCase().split(";\\s*"));
        assertThat(attributes).contains("httponly", "samesite=lax");
        assertThat(attributes).as("the public URL is http, so a Secure cookie would never come back")
                .doesNotContain("secure");
    }

    @Test
    void aFormPostedFromAnotherOriginOrWithoutItsTokenIsRefusedAndChangesNothing() {
        Api api = new Api(base);
        Api.User victim = api.signUp("csrf");
        FormClient browser = new FormClient(base);
        browser.signIn(victim.username(), ChatBrowser.PASSWORD);
        String chat = browser.get("/index.xhtml").body();
        assertThat(chat).contains("create-server-form");

        Map<String, String> form = FormClient.pageFields(chat);
        form.put("create-server-form", "create-server-form");
        Map<String, String> fields = FormClient.ajax(form, "create-server-form:create", "create-server-form");
        fields.put("jakarta.faces.partial.render", "create-server-form");

        Map<String, String> evil = Map.of("Origin", "http://evil.example", "Faces-Request", "partial/ajax");
        fields.put("create-server-form:name", "Forged from evil");
        HttpResponse<String> fromElsewhere = browser.post("/index.xhtml", fields, evil);
        assertThat(fromElsewhere.statusCode()).isEqualTo(403);
        assertThat(fromElsewhere.body()).contains("Refused").doesNotContain("Exception").doesNotContain("evil");

        fields.put("create-server-form:name", "Forged by referer");
        HttpResponse<String> refererElsewhere = browser.post("/index.xhtml", fields,
                Map.of("Referer", "http://evil.example/page", "Faces-Request", "partial/ajax"));
        assertThat(refererElsewhere.statusCode()).as("no Origin: the Referer's origin counts").isEqualTo(403);

        fields.put("create-server-form:name", "Forged without origin");
        assertThat(browser.post("/index.xhtml", fields, Map.of("Faces-Request", "partial/ajax")).statusCode())
                .as("neither Origin nor Referer").isEqualTo(403);

        Map<String, String> withoutToken = new LinkedHashMap<>(fields);
        withoutToken.remove("parley.csrf");
        withoutToken.put("create-server-form:name", "Forged without token");
        assertThat(browser.post("/index.xhtml", withoutToken, browser.sameOrigin()).statusCode())
                .as("our origin, but no form token").isEqualTo(403);

        Map<String, String> wrongToken = new LinkedHashMap<>(fields);
        String token = fields.get("parley.csrf");
        // a different first character, whatever the session's token starts with ("A" + rest was the same token 1 in 64)
        wrongToken.put("parley.csrf", (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1));
        wrongToken.put("create-server-form:name", "Forged with a wrong token");
        assertThat(browser.post("/index.xhtml", wrongToken, browser.sameOrigin()).statusCode())
                .as("our origin, a token that is not the session's").isEqualTo(403);

        assertThat(api.get("/api/servers", victim.token()).array()).as("nothing was created").isEmpty();

        // the same request as the page sends it is carried out: the refusals above were the checks'
        fields.put("create-server-form:name", "Made by the page");
        HttpResponse<String> genuine = browser.post("/index.xhtml", fields, browser.sameOrigin());
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(api.get("/api/servers", victim.token()).array()).extracting(v -> v.asJsonObject().getString("name"))
                .containsExactly("Made by the page");
    }

    @Test
    void aSessionIdInTheUrlIsNeverAccepted() {
        Api api = new Api(base);
        Api.User user = api.signUp("urlsid");
        FormClient signedIn = new FormClient(base);
        signedIn.signIn(user.username(), ChatBrowser.PASSWORD);
        String sessionId = signedIn.sessionId().orElseThrow();
        assertThat(signedIn.get("/index.xhtml").statusCode()).as("the cookie signs in").isEqualTo(200);

        FormClient stranger = new FormClient(base);
        HttpResponse<String> viaUrl = stranger.get("/index.xhtml;jsessionid=" + sessionId);
        assertThat(viaUrl.statusCode()).isEqualTo(302);
        assertThat(viaUrl.headers().firstValue("Location")).hasValue("/index.xhtml");
        assertThat(viaUrl.body()).doesNotContain("server-list");
        HttpResponse<String> after = stranger.get("/index.xhtml");
        assertThat(after.statusCode()).as("the URL bound no session").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).startsWith("/login.xhtml");

        HttpResponse<String> withQuery = stranger.get("/login.xhtml;JSESSIONID=" + sessionId + "?next=%2Fsettings.xhtml");
        assertThat(withQuery.statusCode()).isEqualTo(302);
        assertThat(withQuery.headers().firstValue("Location")).hasValue("/login.xhtml?next=%2Fsettings.xhtml");

        assertThat(stranger.post("/login.xhtml;jsessionid=" + sessionId, Map.of("a", "b"),
                Map.of("Origin", stranger.origin())).statusCode()).isEqualTo(400);
    }

    @Test
    void theHostHeaderNeverMakesARedirectOrALink() {
        String signIn = rawGet("/index.xhtml", "evil.example");
        assertThat(statusLine(signIn)).contains(" 302 ");
        assertThat(header(signIn, "Location")).isEqualTo("/login.xhtml?next=%2Findex.xhtml");

        String invite = rawGet("/invite/abc123", "evil.example:8443");
        assertThat(statusLine(invite)).contains(" 302 ");
        assertThat(header(invite, "Location")).isEqualTo("/join.xhtml?code=abc123");

        String message = rawGet("/channels/1/2", "evil.example");
        assertThat(header(message, "Location")).doesNotContain("evil").startsWith("/login.xhtml");

        String folder = rawGet("/api-docs", "evil.example");
        assertThat(statusLine(folder)).as("the container's own redirect to the folder").contains(" 301 ");
        assertThat(header(folder, "Location")).doesNotContain("evil").endsWith("/api-docs/");
    }

    @Test
    void anExpiredPageAnswersItsFriendlyPageWithStatus400() {
        // a page loaded, then its session gone (timed out, signed out elsewhere, cookie deleted) before it is sent
        FormClient client = new FormClient(base);
        Map<String, String> form = FormClient.pageFields(client.get("/login.xhtml").body());
        form.put("signin", "signin");
        form.put("signin:login", "someone");
        form.put("signin:password", "secret secret");
        form.put("signin:next", "");
        form.put("signin:submit", "signin:submit");
        client.forgetCookies();
        HttpResponse<String> expired = client.post("/login.xhtml", form, Map.of("Origin", client.origin()));
        assertThat(expired.statusCode()).isEqualTo(400);
        assertThat(expired.body()).contains("This page has expired").doesNotContain("at jakarta.").doesNotContain("at org.");

        // in the browser: the button posts by ajax, and the same page shows
        ChatBrowser page = browser("expired");
        page.open("/login.xhtml");
        page.type(By.id("signin:login"), "someone");
        page.type(By.id("signin:password"), "secret secret");
        page.driver().manage().deleteAllCookies();
        page.driver().findElement(By.id("signin:submit")).click();
        ChatBrowser.until(page, "the expired page", () -> page.visibleText().contains("This page has expired"));
        assertThat(page.visibleText()).doesNotContain("Exception").doesNotContain("Something went wrong");
        assertThat(violations(page)).isEmpty();
    }

    @Test
    void backAfterSigningOutShowsTheSignInPageNotTheChat() {
        Api api = new Api(base);
        Api.User user = api.signUp("back");
        String server = api.createServer(user, "Back Hall");
        String general = api.firstChannel(user, server);
        api.postMessage(user, general, "something private");
        ChatBrowser page = browser("back");
        page.signIn(user.username(), ChatBrowser.PASSWORD);
        page.waitForApp();
        page.open("/?server=" + server + "&channel=" + general);
        page.waitForMessage("something private");
        page.signOut();
        page.driver().navigate().back();
        ChatBrowser.until(page, "the sign-in page after Back", () -> page.url().contains("/login.xhtml"));
        assertThat(page.driver().findElements(By.id("server-list"))).isEmpty();
        assertThat(page.visibleText()).doesNotContain("something private");
    }

    @Test
    void noPageBreaksThePolicyAndEveryPageStillWorks() {
        Api api = new Api(base);
        ChatBrowser page = browser("csp");
        page.open("/register.xhtml");
        visible(page, By.id("signup:email"));
        assertThat(violations(page)).as("sign-up").isEmpty();
        page.open("/login.xhtml");
        visible(page, By.id("signin:login"));
        assertThat(violations(page)).as("sign-in").isEmpty();
        Api.User user = api.signUp("csp");
        page.signIn(user.username(), ChatBrowser.PASSWORD);
        page.waitForApp();
        assertThat(violations(page)).as("the chat without servers").isEmpty();

        page.createServer("Policy Hall");
        String server = parameter(page.url(), "server");
        String channel = api.firstChannel(user, server);
        page.send("sent under a strict policy");
        page.waitForMessage("sent under a strict policy");
        String[] invite = page.createInvite();
        assertThat(invite[1]).as("the invite link is on the public URL, not on the address the browser used")
                .isEqualTo(PUBLIC_URL + "/invite/" + invite[0]);
        page.driver().findElement(By.id("join-server")).click();
        visible(page, By.id("join-form:invite"));
        assertThat(violations(page)).as("chat: create a server, send, invite, open a dialog").isEmpty();
        assertThat(page.js("return Array.from(document.querySelectorAll('script[src], link[rel=stylesheet]'))"
                + ".map(e => e.src || e.href).filter(u => !/[?&]v=/.test(u));"))
                .as("every script and stylesheet of the chat page (faces.js too) names its version").asList().isEmpty();

        page.open("/settings.xhtml?server=" + server);
        visible(page, By.id("overview-form:name")).clear();
        page.type(By.id("overview-form:name"), "Policy Hall II");
        page.driver().findElement(By.id("overview-form:save")).click();
        ChatBrowser.until(page, "the server renamed", () -> "Policy Hall II".equals(
                api.get("/api/servers/" + server, user.token()).json().getString("name")));
        assertThat(violations(page)).as("server settings").isEmpty();

        page.open("/channel-settings.xhtml?channel=" + channel);
        visible(page, By.id("overview-form"));
        assertThat(violations(page)).as("channel settings").isEmpty();

        page.open("/invite/" + invite[0]);
        visible(page, By.id("invite-server-name"));
        assertThat(violations(page)).as("join").isEmpty();

        page.open("/api-docs/");
        visible(page, By.cssSelector(".swagger-ui .info .title"));
        assertThat(violations(page)).as("Swagger UI").isEmpty();

        page.open("/no-such-page");
        ChatBrowser.until(page, "the not-found page", () -> page.visibleText().contains("404"));
        assertThat(violations(page)).as("error page").isEmpty();

        // the check sees a violation when there is one: an inline script is refused, and reported
        page.open("/login.xhtml");
        visible(page, By.id("signin:login"));
        page.js("var s = document.createElement('script'); s.textContent = 'window.injected = 1;';"
                + " document.head.appendChild(s);");
        assertThat(page.js("return typeof window.injected;")).isEqualTo("undefined");
        ChatBrowser.until(page, "the violation in the console", () -> !violations(page).isEmpty());
    }

    private static org.openqa.selenium.WebElement visible(ChatBrowser page, By by) {
        try {
            return new WebDriverWait(page.driver(), ChatBrowser.PATIENCE)
                    .until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            page.screenshot("websec-missing");
            throw new AssertionError("waited in vain for " + by + "; console: " + violations(page), e);
        }
    }

    /** The console's Content-Security-Policy violations since the last look. */
    private static List<String> violations(ChatBrowser page) {
        return page.driver().manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    private static String directive(String policy, String name) {
        for (String d : policy.split(";")) {
            if (d.strip().startsWith(name + " ")) {
                return d.strip();
            }
        }
        throw new AssertionError("no " + name + " in " + policy);
    }

    private static List<String> inlineScriptsWithoutNonce(String html) {
        Matcher m = Pattern.compile("<script(?![^>]*\\ssrc=)([^>]*)>").matcher(html);
        List<String> bare = new ArrayList<>();
        while (m.find()) {
            if (!m.group(1).contains("nonce=")) {
                bare.add(m.group());
            }
        }
        return bare;
    }

    private static String resourceUrl(String html, String name) {
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]*" + Pattern.quote(name)
                + "\\.xhtml[^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no URL of " + name + " in the page");
        }
        return m.group(1).replace("&amp;", "&");
    }

    private static String parameter(String url, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&#]+)").matcher(url);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + url);
        }
        return m.group(1);
    }

    /** A GET over a plain socket with the Host header chosen; the head of the answer. */
    private String rawGet(String path, String host) {
        URI target = URI.create(base.toString());
        try (Socket socket = new Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                head.write(b);
                if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    break;
                }
            }
            return head.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String statusLine(String head) {
        return head.substring(0, head.indexOf("\r\n"));
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        throw new AssertionError("no " + name + " in " + head);
    }
}
