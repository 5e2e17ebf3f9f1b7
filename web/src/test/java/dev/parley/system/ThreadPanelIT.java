package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A thread opens beside its channel, as people know it from Discord: a click on the thread in the
 * channel list opens a panel on the right with the thread's messages and a composer, while the
 * channel's title and messages stay on screen; what one person posts in the panel reaches the other
 * person's panel live and never the channel's list; Escape closes the panel and gives the focus back
 * to the thread's link; below 800 px the panel covers the chat. Real Payara, real PostgreSQL, two
 * real browsers.
 */
class ThreadPanelIT extends ParleyDeployment {

    private final OpenBrowsers browsers = new OpenBrowsers();

    @AfterEach
    void closeBrowsers() {
        browsers.closeAll();
    }

    @Test
    void aThreadOpensBesideItsChannelAndItsMessagesArriveLiveOnlyThere() {
        Api api = new Api(base);
        Api.User ann = api.signUp("pa");
        Api.User ben = api.signUp("pb");
        String serverId = api.createServer(ann, "Panel club");
        api.join(ben, ann, serverId);
        String general = api.firstChannel(ann, serverId);
        String starter = api.postMessage(ben, general, "shall we plan the trip?");
        Api.Reply started = api.post("/api/messages/" + starter + "/threads", ben.token(), "{\"name\":\"<b>trip</b> plans\"}");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String threadId = started.json().getString("id");
        api.postMessage(ben, threadId, "Saturday?");

        ChatBrowser annPage = signedIn("ann-panel", ann, "/?server=" + serverId);
        ChatBrowser benPage = signedIn("ben-panel", ben, "/?server=" + serverId);
        annPage.waitForMessage("shall we plan the trip?");
        annPage.markPage();
        benPage.markPage();

        assertThat(bold(threadLink(annPage, threadId))).as("the thread has a message Ann has not read").isTrue();

        // Ann opens the thread from the channel list: beside #general, which stays on screen
        threadLink(annPage, threadId).click();
        WebElement panel = until(annPage, "the thread panel", () -> panel(annPage));
        assertThat(panel.getAttribute("aria-label")).as("the name as typed, as text").isEqualTo("Thread <b>trip</b> plans");
        assertThat(panel.findElement(By.cssSelector(".thread-panel-title")).getText()).isEqualTo("<b>trip</b> plans");
        until(annPage, "the thread's message in the panel", () -> panelMessages(annPage).contains("Saturday?"));
        assertThat(annPage.pageWasNotReloaded()).isTrue();
        assertThat(annPage.channelTitle()).as("the channel stays on screen").isEqualTo("general");
        assertThat(annPage.messages()).contains("shall we plan the trip?").doesNotContain("Saturday?");
        assertThat(annPage.driver().findElement(By.id("messages")).isDisplayed()).isTrue();
        assertThat(annPage.driver().findElements(By.id("member-list")).stream().noneMatch(WebElement::isDisplayed))
                .as("the member list makes room").isTrue();
        int chatRight = annPage.driver().findElement(By.cssSelector("main.chat-column")).getRect().getX()
                + annPage.driver().findElement(By.cssSelector("main.chat-column")).getRect().getWidth();
        assertThat(panel.getRect().getX()).as("on the right of the chat column").isGreaterThanOrEqualTo(chatRight);
        assertThat(annPage.driver().switchTo().activeElement().getAttribute("id"))
                .as("the focus is in the thread's composer").isEqualTo("thread-composer");
        until(annPage, "the thread to be read", () -> !bold(threadLink(annPage, threadId)));
        assertThat(annPage.seriousAccessibilityViolations()).as("axe, with the panel open").isEmpty();
        annPage.screenshot("thread-panel-open");

        // Ben has it open too; Ann writes in the panel (Shift+Enter a new line, Enter sends)
        threadLink(benPage, threadId).click();
        until(benPage, "Ben's panel", () -> panelMessages(benPage).contains("Saturday?"));
        WebElement box = annPage.driver().findElement(By.id("thread-composer"));
        box.sendKeys("Sunday", Keys.chord(Keys.SHIFT, Keys.ENTER), "or Monday");
        box.sendKeys(Keys.ENTER);
        until(annPage, "Ann's message in her panel", () -> panelMessages(annPage).contains("Sunday\nor Monday"));
        until(benPage, "Ann's message in Ben's panel, live", () -> panelMessages(benPage).contains("Sunday\nor Monday"));
        assertThat(benPage.pageWasNotReloaded()).isTrue();
        assertThat(api.get("/api/channels/" + threadId + "/messages", ben.token()).array().getJsonObject(0)
                .getString("content")).as("written in the thread").isEqualTo("Sunday\nor Monday");
        assertThat(panelMessages(annPage)).as("once").containsOnlyOnce("Sunday\nor Monday");

        // what is posted elsewhere in the thread arrives too, and never in the channel's own list
        api.postMessage(ben, threadId, "Monday works");
        until(annPage, "Ben's API message in Ann's panel", () -> panelMessages(annPage).contains("Monday works"));

        // a spoiler in the panel is revealed by a click, as in the channel's list
        api.postMessage(ben, threadId, "||the surprise||");
        WebElement spoiler = until(annPage, "the spoiler in Ann's panel", () -> annPage.driver()
                .findElements(By.cssSelector("#thread-panel .message-content .spoiler")).stream().findFirst().orElse(null));
        assertThat(spoiler.getAttribute("class")).doesNotContain("revealed");
        spoiler.click();
        until(annPage, "the spoiler revealed", () -> spoiler.getAttribute("class").contains("revealed") ? spoiler : null);
        until(annPage, "the thread, seen in the panel, to be read", () -> !bold(threadLink(annPage, threadId)));
        benPage.send("back in general");
        annPage.waitForMessage("back in general");
        assertThat(annPage.messages()).doesNotContain("Sunday\nor Monday", "Monday works", "Saturday?");
        assertThat(panelMessages(annPage)).doesNotContain("back in general");
        assertThat(annPage.pageWasNotReloaded()).isTrue();

        // Escape closes it; the focus goes back to the thread's link and the member list is back
        annPage.driver().findElement(By.id("thread-composer")).sendKeys(Keys.ESCAPE);
        until(annPage, "the panel to close", () -> annPage.driver().findElements(By.id("thread-panel")).isEmpty());
        assertThat(annPage.driver().switchTo().activeElement().getAttribute("data-channel-id")).isEqualTo(threadId);
        assertThat(annPage.driver().findElement(By.id("member-list")).isDisplayed()).isTrue();
        // the × closes it too
        benPage.driver().findElement(By.cssSelector("#thread-panel .thread-panel-close")).click();
        until(benPage, "Ben's panel to close", () -> benPage.driver().findElements(By.id("thread-panel")).isEmpty());
    }

    @Test
    void belowEightHundredPixelsThePanelTakesTheWidthAndTheLinkStillOpensTheThreadItself() {
        Api api = new Api(base);
        Api.User ann = api.signUp("pn");
        String serverId = api.createServer(ann, "Narrow club");
        String general = api.firstChannel(ann, serverId);
        String starter = api.postMessage(ann, general, "a long story");
        Api.Reply started = api.post("/api/messages/" + starter + "/threads", ann.token(), "{\"name\":\"story\"}");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String threadId = started.json().getString("id");
        api.postMessage(ann, threadId, "chapter one");

        ChatBrowser page = signedIn("ann-narrow", ann, "/?server=" + serverId);
        page.driver().manage().window().setSize(new Dimension(400, 800));
        int width = ((Number) page.js("return document.documentElement.clientWidth;")).intValue();
        page.driver().findElement(By.id("drawer-button")).click();
        until(page, "the drawer", () -> threadLink(page, threadId).isDisplayed());
        threadLink(page, threadId).click();
        WebElement panel = until(page, "the thread panel", () -> panel(page));
        until(page, "the thread's message", () -> panelMessages(page).contains("chapter one"));
        assertThat(panel.getRect().getX()).isZero();
        assertThat(panel.getRect().getWidth()).as("the panel takes the width").isEqualTo(width);
        WebElement close = panel.findElement(By.cssSelector(".thread-panel-close"));
        assertThat(close.isDisplayed()).isTrue();
        page.screenshot("thread-panel-narrow");
        close.click();
        until(page, "the panel to close", () -> page.driver().findElements(By.id("thread-panel")).isEmpty());
        assertThat(page.channelTitle()).isEqualTo("general");

        // the link's own address still opens the thread in the chat column, as a direct address does
        page.driver().manage().window().setSize(new Dimension(1280, 800));
        page.open("/?server=" + serverId + "&channel=" + threadId);
        page.waitForChannel();
        assertThat(page.channelTitle()).isEqualTo("story");
        page.waitForMessage("chapter one");
        assertThat(page.driver().findElements(By.id("thread-panel"))).isEmpty();

        // the server decides what the panel may show: asked behind the page's back for someone else's channel,
        // it refuses with a sentence and shows nothing of it
        Api.User stranger = api.signUp("ps");
        String secret = api.firstChannel(stranger, api.createServer(stranger, "Secret club"));
        api.postMessage(stranger, secret, "nobody else reads this");
        page.js("parleyThreadPanel.open('" + secret + "', 'peek');");
        WebElement refusal = until(page, "the refusal", () -> {
            List<WebElement> shown = page.driver().findElements(By.cssSelector("#thread-panel .thread-panel-error"));
            return shown.isEmpty() || shown.get(0).getText().isBlank() ? null : shown.get(0);
        });
        assertThat(refusal.getText()).doesNotContain("VIEW_CHANNEL").endsWith(".");
        assertThat(panelMessages(page)).isEmpty();
    }

    // ---------- what a person does and sees ----------

    private ChatBrowser signedIn(String name, Api.User user, String path) {
        ChatBrowser browser = browsers.signedIn(base, name, user, path);
        browser.waitForApp();
        browser.waitForChannel();
        return browser;
    }

    private static WebElement threadLink(ChatBrowser browser, String threadId) {
        return browser.driver().findElement(By.cssSelector("#channel-list a.thread[data-channel-id='" + threadId + "']"));
    }

    private static boolean bold(WebElement link) {
        return link.getAttribute("class").contains("unread");
    }

    /** The panel, when it is on screen; else null. */
    private static WebElement panel(ChatBrowser browser) {
        List<WebElement> found = browser.driver().findElements(By.cssSelector("aside#thread-panel"));
        return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
    }

    private static List<String> panelMessages(ChatBrowser browser) {
        return browser.driver().findElements(By.cssSelector("#thread-panel li.message .message-content")).stream()
                .map(WebElement::getText).toList();
    }

    private static <T> T until(ChatBrowser browser, String what, Supplier<T> condition) {
        try {
            return new WebDriverWait(browser.driver(), ChatBrowser.PATIENCE)
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        T value = condition.get();
                        return Boolean.FALSE.equals(value) ? null : value;
                    });
        } catch (TimeoutException e) {
            browser.screenshot("thread-panel-timeout");
            throw new AssertionError("waited in vain for " + what, e);
        }
    }
}
