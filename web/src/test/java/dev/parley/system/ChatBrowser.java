package dev.parley.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium on the chat UI, with the steps a person takes (sign up, create a
 * server, type and press Enter) and what they see (the messages on screen).
 */
final class ChatBrowser implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(10);
    static final String PASSWORD = "correct horse battery";

    private final String name;
    private final String base;
    private final WebDriver driver;
    private final WebDriverWait wait;

    ChatBrowser(String name, URL base) {
        this(name, base, "en-US");
    }

    /** A browser whose language (its Accept-Language and its own) is the given one, e.g. {@code ru}. */
    ChatBrowser(String name, URL base, String language) {
        this.name = name;
        this.base = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        Path profile = Path.of("target", "chrome", name + "-" + UUID.randomUUID()).toAbsolutePath();
        try {
            Files.createDirectories(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        File chromium = new File("/usr/bin/chromium");
        if (chromium.canExecute()) {
            options.setBinary(chromium);
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-extensions", "--disable-sync", "--no-first-run",
                "--disable-component-update", "--mute-audio", "--window-size=1280,800", "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // the console, where Chromium reports Content-Security-Policy violations (WebSecurityIT reads it)
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .build();
        this.driver = new ChromeDriver(service, options);
        // a message replaced or a list reloaded while it was read is read again
        this.wait = (WebDriverWait) new WebDriverWait(driver, PATIENCE)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** Signs up through the sign-up page; lands in the app. Returns the username. */
    String signUp(String prefix) {
        String username = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        open("/register.xhtml");
        type(By.id("signup:email"), username + "@example.test");
        type(By.id("signup:username"), username);
        type(By.id("signup:password"), PASSWORD);
        driver.findElement(By.id("signup:submit")).click();
        waitForApp();
        return username;
    }

    void signIn(String login, String password) {
        open("/login.xhtml");
        type(By.id("signin:login"), login);
        type(By.id("signin:password"), password + Keys.ENTER);
    }

    void signOut() {
        driver.findElement(By.id("user-panel:sign-out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signin:login")));
    }

    void waitForApp() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("server-list")));
    }

    /** Waits for the chat page and for its push channel to be open. */
    void waitForLive() {
        waitForApp();
        until(this, "the live channel to open",
                () -> "open".equals(js("return document.documentElement.getAttribute('data-live')")));
    }

    /** Waits until the condition holds (a page re-rendering under it is tried again); fails with a screenshot. */
    static void until(ChatBrowser browser, String what, java.util.function.Supplier<Boolean> condition) {
        try {
            new WebDriverWait(browser.driver(), PATIENCE).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> condition.get());
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("timeout");
            throw new AssertionError("waited in vain for " + what, e);
        }
    }

    /** Creates a server with the "+" in the server list; lands in its first channel. */
    void createServer(String serverName) {
        driver.findElement(By.id("add-server")).click();
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("create-server-form:name")));
        input.sendKeys(serverName);
        driver.findElement(By.id("create-server-form:create")).click();
        wait.until(ExpectedConditions.textToBe(By.id("server-name"), serverName));
        waitForChannel();
    }

    /** Creates an invite with the Invite button; returns {code, link} as shown in the dialog. */
    String[] createInvite() {
        driver.findElement(By.id("invite-open:invite-button")).click();
        WebElement code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invite-form:invite-code")));
        String link = driver.findElement(By.id("invite-form:invite-link")).getAttribute("value");
        String text = code.getText();
        screenshot(name + "-invite");
        js("PF('inviteDialog').hide();");
        return new String[] {text, link};
    }

    /** Joins with the join dialog, pasting a code or a link. */
    void joinWith(String codeOrLink, String serverName) {
        driver.findElement(By.id("join-server")).click();
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("join-form:invite")));
        input.sendKeys(codeOrLink);
        driver.findElement(By.id("join-form:join")).click();
        wait.until(ExpectedConditions.textToBe(By.id("server-name"), serverName));
        waitForChannel();
    }

    void createChannel(String channelName) {
        driver.findElement(By.id("add-channel")).click();
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("create-channel-form:name")));
        input.sendKeys(channelName);
        driver.findElement(By.id("create-channel-form:create")).click();
        wait.until(ExpectedConditions.textToBe(By.id("channel-title"), channelName));
        waitForChannel();
    }

    void switchTo(String channelName) {
        driver.findElement(By.xpath("//ul[@id='channel-list']//a[.//span[@class='channel-name' and text()='"
                + channelName + "']]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("channel-title"), channelName));
        waitForChannel();
    }

    String channelTitle() {
        return driver.findElement(By.id("channel-title")).getText();
    }

    /** The page is ready to chat: composer there and the live channel open. */
    void waitForChannel() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("composer")));
        wait.until(d -> "open".equals(js("return document.documentElement.getAttribute('data-live')")));
    }

    /** Types into the composer and presses Enter. */
    void send(String text) {
        WebElement composer = driver.findElement(By.id("composer"));
        composer.sendKeys(text);
        composer.sendKeys(Keys.ENTER);
    }

    WebElement composer() {
        return driver.findElement(By.id("composer"));
    }

    /** The contents of the messages on screen, oldest first. */
    List<String> messages() {
        return driver.findElements(By.cssSelector("#messages li.message .message-content")).stream()
                .map(WebElement::getText).toList();
    }

    void waitForMessage(String content) {
        try {
            wait.until(d -> messages().contains(content));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(name + " did not see \"" + content + "\" within " + PATIENCE.toSeconds()
                    + " s; on screen: " + messages(), e);
        }
    }

    /**
     * Counts from now on the requests this page makes to the server behind the user's back (ajax),
     * but for its presence signals ("typing", "idle", "back": the presence-form's) and its marking the
     * channel read (the read-state-form's), which ask for nothing and are throttled by the page.
     */
    void countRequests() {
        js("window.__parleyRequests = 0; if (!window.__parleyCounting) { window.__parleyCounting = true;"
                + " var send = XMLHttpRequest.prototype.send; XMLHttpRequest.prototype.send = function (body) {"
                + " if (!(typeof body === 'string' && (body.indexOf('presence-form') >= 0"
                + " || body.indexOf('read-state-form') >= 0))) { window.__parleyRequests++; }"
                + " return send.apply(this, arguments); }; }");
    }

    /** How many ajax requests the page made since {@link #countRequests()}. */
    long requests() {
        return ((Number) js("return window.__parleyRequests;")).longValue();
    }

    /** The address of the page's push channel as the page was given it: {@code …/jakarta.faces.push/live?token}. */
    String pushPath() {
        Matcher push = Pattern.compile("/jakarta\\.faces\\.push/live\\?[A-Za-z0-9-]+").matcher(driver.getPageSource());
        if (!push.find()) {
            throw new AssertionError("the page has no push channel");
        }
        return push.group();
    }

    /** This browser's cookies for the application, as a {@code Cookie} header. */
    String cookieHeader() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Leaves a mark in this page's JavaScript state; a reload would wipe it. */
    void markPage() {
        js("window.__parleyMarker = 'still-here';");
    }

    boolean pageWasNotReloaded() {
        return "still-here".equals(js("return window.__parleyMarker || null;"));
    }

    Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** What a person can read on the page (not its markup or scripts). */
    String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String title() {
        return driver.getTitle();
    }

    void type(By field, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        input.clear();
        input.sendKeys(text);
    }

    /** axe-core's own script, from the pinned com.deque.html.axe-core jar (the pom's axe-core.version). */
    private static String axeScript;

    /**
     * The critical and serious accessibility violations axe-core finds on the page as it is now
     * (WCAG 2.x A and AA rules and best practices), one line each: rule, impact, the elements.
     */
    List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (Boolean.FALSE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(axe());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object found = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'critical' || v.impact === 'serious'; })"
                + "    .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + "      + v.nodes.map(function (n) { return n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '); }).join(' | '); }));"
                + "}, function (e) { done(['axe failed: ' + e]); });");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) found;
        return violations;
    }

    private static synchronized String axe() {
        if (axeScript == null) {
            try (var in = ChatBrowser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
                }
                axeScript = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeScript;
    }

    /** Saves a PNG screenshot under target/screenshots and returns its path. */
    Path screenshot(String file) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path to = dir.resolve(file + ".png");
            Files.write(to, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void forgetSignIn() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Waits until at least this many messages are on screen (for formatted ones, whose text is not what was typed). */
    void waitForMessageCount(int count) {
        try {
            wait.until(d -> messages().size() >= count);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(name + " did not see " + count + " messages within " + PATIENCE.toSeconds()
                    + " s; on screen: " + messages(), e);
        }
    }

    // typing and presence

    /** The line under the messages that says who is typing ("" when nobody). */
    String typingLine() {
        return driver.findElement(By.id("typing")).getText();
    }

    void waitForTypingLine(String expected) {
        try {
            wait.until(d -> typingLine().equals(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(name + " did not see the typing line \"" + expected + "\" within "
                    + PATIENCE.toSeconds() + " s; it says \"" + typingLine() + "\"", e);
        }
    }

    /** The presence dot's status of the member of that name in the member list, or null when not listed. */
    String memberStatus(String memberName) {
        for (WebElement member : driver.findElements(By.cssSelector("#member-list li.member"))) {
            if (member.findElement(By.cssSelector(".member-name")).getText().equals(memberName)) {
                String dot = member.findElement(By.cssSelector(".presence-dot")).getAttribute("class");
                return dot.replaceFirst(".*status-(\\w+).*", "$1");
            }
        }
        return null;
    }

    /** Whether that member is listed under "Online". */
    boolean listedOnline(String memberName) {
        return driver.findElements(By.cssSelector("#members-online li.member .member-name")).stream()
                .anyMatch(e -> e.getText().equals(memberName));
    }

    void waitForMemberStatus(String memberName, String status) {
        try {
            wait.until(d -> status.equals(memberStatus(memberName)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(name + " did not see " + memberName + " " + status + " within "
                    + PATIENCE.toSeconds() + " s; the dot says " + memberStatus(memberName), e);
        }
    }
}
