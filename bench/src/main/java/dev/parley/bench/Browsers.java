package dev.parley.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * g. Browser to browser (Parley only: the reference has no web UI): one person types a message
 * into the chat page and presses Enter; {@code --pages} other chat pages of the same channel are
 * open in headless Chromium ({@code --browsers} people, each with an equal share of the pages as
 * tabs of their own browser). Each receiving page notes, with a MutationObserver, the moment the
 * message's item entered its list; the sending page notes the moment Enter was pressed. Both are
 * {@code performance.timeOrigin + performance.now()} of one machine's clock, so their difference
 * is the latency a person sees: the send over Faces ajax, the commit, the push fan-out, the
 * page's rendering. A page that never showed a message has lost it.
 */
final class Browsers {

    private static final String PASSWORD = "bench-password";

    /** Notes in the page when each bench message's item appears, by its text. */
    private static final String OBSERVE = "window.__bench = {};"
            + "var list = document.querySelector('#messages .message-list');"
            + "new MutationObserver(function (changes) {"
            + "  var at = performance.timeOrigin + performance.now();"
            + "  changes.forEach(function (change) { change.addedNodes.forEach(function (node) {"
            + "    if (node.nodeType !== 1 || !node.matches('li.message')) { return; }"
            + "    var content = node.querySelector('.message-content');"
            + "    var text = content ? content.textContent.trim() : '';"
            + "    if (text.indexOf('bench-') === 0 && !(text in window.__bench)) { window.__bench[text] = at; }"
            + "  }); });"
            + "}).observe(list, {childList: true, subtree: true});"
            + "return !!list;";

    /** Types the text into the composer and presses Enter the way parley.js listens for it; returns when. */
    private static final String SEND = "var box = document.getElementById('composer');"
            + "box.value = arguments[0];"
            + "var at = performance.timeOrigin + performance.now();"
            + "box.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, cancelable: true}));"
            + "return at;";

    private Browsers() {
    }

    static void scenario(Main.Ctx ctx) throws Exception {
        if (!(ctx.subject instanceof Subject.Parley parley)) {
            ctx.results.add("browsers", "all", "note", "skipped: only Parley has a web UI", "");
            return;
        }
        int pages = ctx.args.integer("pages", 50);
        int browsers = Math.max(1, Math.min(pages, ctx.args.integer("browsers", 5)));
        int messages = ctx.args.integer("messages", 30);
        long intervalMs = ctx.args.lng("interval-ms", 1000);
        long drainMs = ctx.args.lng("drain-seconds", 10) * 1000;
        String kase = pages + " pages";

        // the sender (owner) and the receiving people, all members of one server
        Subject.Setup setup = parley.nested(ctx.tag, List.of(browsers + 1)).get(0);
        String channel = setup.channelIds().get(0);
        String server = parley.serverOf(channel, setup.members().get(0).token());

        List<WebDriver> drivers = new ArrayList<>();
        try {
            WebDriver sender = browser(ctx, "sender");
            drivers.add(sender);
            signIn(sender, parley.base(), ctx.tag + "_0");
            openChannel(sender, parley.base(), server, channel);
            List<WebDriver> receivers = new ArrayList<>();
            for (int b = 0; b < browsers; b++) {
                WebDriver receiver = browser(ctx, "receiver" + b);
                drivers.add(receiver);
                receivers.add(receiver);
                signIn(receiver, parley.base(), ctx.tag + "_" + (b + 1));
            }
            // the tabs: page p is in browser p % browsers
            List<List<String>> tabs = new ArrayList<>();
            for (int b = 0; b < browsers; b++) {
                tabs.add(new ArrayList<>());
            }
            for (int p = 0; p < pages; p++) {
                int b = p % browsers;
                WebDriver receiver = receivers.get(b);
                if (!tabs.get(b).isEmpty()) {
                    receiver.switchTo().newWindow(WindowType.TAB);
                }
                openChannel(receiver, parley.base(), server, channel);
                if (!Boolean.TRUE.equals(((JavascriptExecutor) receiver).executeScript(OBSERVE))) {
                    throw new IllegalStateException("page " + p + " shows no message list");
                }
                tabs.get(b).add(receiver.getWindowHandle());
            }
            Main.log("browsers: " + pages + " pages open in " + browsers + " browsers; waiting for their push connections");
            Thread.sleep(5000);

            // a few messages first, not counted: the server's and the pages' code paths warm up
            String warm = "warm-" + ctx.tag + "-";
            for (int i = 0; i < 5; i++) {
                ((JavascriptExecutor) sender).executeScript(SEND, warm + i);
                Thread.sleep(intervalMs);
            }
            var meter = ctx.stats.meter();
            double[] sentAt = new double[messages];
            for (int i = 0; i < messages; i++) {
                sentAt[i] = ((Number) ((JavascriptExecutor) sender).executeScript(SEND, "bench-" + i)).doubleValue();
                Thread.sleep(intervalMs);
            }
            Thread.sleep(drainMs);
            double cpu = meter.percent();

            Histogram each = Results.histogram();
            Histogram last = Results.histogram();
            double[] lastAt = new double[messages];
            long lost = 0;
            for (int b = 0; b < browsers; b++) {
                WebDriver receiver = receivers.get(b);
                for (String tab : tabs.get(b)) {
                    receiver.switchTo().window(tab);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> seen = (Map<String, Object>) ((JavascriptExecutor) receiver)
                            .executeScript("return window.__bench;");
                    for (int i = 0; i < messages; i++) {
                        Object at = seen.get("bench-" + i);
                        if (at == null) {
                            lost++;
                            continue;
                        }
                        double when = ((Number) at).doubleValue();
                        each.recordValue(Math.max(0, Math.round((when - sentAt[i]) * 1000)));
                        lastAt[i] = Math.max(lastAt[i], when);
                    }
                }
            }
            for (int i = 0; i < messages; i++) {
                if (lastAt[i] > 0) {
                    last.recordValue(Math.max(0, Math.round((lastAt[i] - sentAt[i]) * 1000)));
                }
            }
            ctx.results.add("browsers", kase, "pages (browsers)", pages + " (" + browsers + ")", "");
            ctx.results.add("browsers", kase, "messages", messages, "");
            ctx.results.latencies("browsers", kase, "Enter -> shown in a page", each, "");
            ctx.results.latencies("browsers", kase, "Enter -> shown in the last page", last, "");
            ctx.results.add("browsers", kase, "page deliveries lost", lost, "0");
            ctx.results.add("browsers", kase, "server CPU (% of a core)", cpu, "");
            Main.log(String.format("browsers: %d pages, %d messages: p50 %.1f ms, p99 %.1f ms to a page; last page p50 %.1f ms;"
                    + " lost %d", pages, messages, each.getValueAtPercentile(50) / 1000.0,
                    each.getValueAtPercentile(99) / 1000.0, last.getValueAtPercentile(50) / 1000.0, lost));
        } finally {
            for (WebDriver d : drivers) {
                try {
                    d.quit();
                } catch (RuntimeException e) {
                    // the browser may be gone already
                }
            }
        }
    }

    private static WebDriver browser(Main.Ctx ctx, String name) throws IOException {
        Path profile = Files.createTempDirectory("parley-bench-" + name);
        ChromeOptions options = new ChromeOptions();
        File chromium = new File(ctx.args.str("chromium", "/usr/bin/chromium"));
        if (chromium.canExecute()) {
            options.setBinary(chromium);
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-extensions", "--disable-sync", "--no-first-run",
                "--disable-component-update", "--mute-audio", "--window-size=1280,800", "--lang=en-US",
                // a page in a background tab must not be slowed down: every tab is someone's open chat
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(ctx.args.str("chromedriver", "/usr/bin/chromedriver"))).build();
        return new ChromeDriver(service, options);
    }

    private static void signIn(WebDriver driver, String base, String username) {
        driver.get(base + "/login.xhtml");
        new WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("signin:login")));
        driver.findElement(By.id("signin:login")).sendKeys(username);
        driver.findElement(By.id("signin:password")).sendKeys(PASSWORD + Keys.ENTER);
        new WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("server-list")));
    }

    private static void openChannel(WebDriver driver, String base, String server, String channel) {
        driver.get(base + "/index.xhtml?server=" + server + "&channel=" + channel);
        new WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(d -> "open".equals(((JavascriptExecutor) d)
                        .executeScript("return document.documentElement.getAttribute('data-live');")));
    }
}
