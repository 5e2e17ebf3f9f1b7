package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The message list as a person reads it and the chat page at any width, in a real browser on the
 * real WAR: one author's messages grouped, a reader who scrolled up left where they are with
 * "Jump to present", older messages loaded at the top, message links, and a phone's width.
 */
class ChatLayoutIT extends ParleyDeployment {

    private static ChatBrowser reader;

    private Api api;
    private Api.User ann;
    private Api.User ben;
    private String serverId;
    private String channelId;

    @BeforeEach
    void aServerOfTwoAndASignedOutBrowser() {
        if (reader == null) {
            reader = new ChatBrowser("reader", base);
        }
        reader.open("/login.xhtml");
        reader.forgetSignIn();
        reader.driver().manage().window().setSize(new Dimension(1280, 800));
        api = new Api(base);
        ann = api.signUp("ann");
        ben = api.signUp("ben");
        serverId = api.createServer(ann, "Layout " + UUID.randomUUID().toString().substring(0, 4));
        channelId = api.firstChannel(ann, serverId);
        api.join(ben, ann, serverId);
    }

    @AfterAll
    static void closeBrowser() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }

    @Test
    void oneAuthorsConsecutiveMessagesReadAsOneGroupAsInDiscord() {
        reader.signIn(ann.username(), ChatBrowser.PASSWORD);
        reader.waitForChannel();
        reader.send("one");
        see("one");
        reader.send("two");
        see("two");
        api.postMessage(ben, channelId, "three");
        String four = api.postMessage(ann, channelId, "four");
        assertThat(api.post("/api/messages/" + four + "/reply", ann.token(), "{\"content\":\"five\"}").status())
                .isEqualTo(201);
        api.postMessage(ann, channelId, "six");
        see("six");

        assertThat(showsAuthor("one")).as("the first of a group shows its author").isTrue();
        assertThat(showsAuthor("two")).as("the second message of the same author shows no name").isFalse();
        assertThat(grouped("two")).isTrue();
        assertThat(showsAuthor("three")).as("another author starts a group").isTrue();
        assertThat(showsAuthor("four")).isTrue();
        assertThat(showsAuthor("five")).as("a reply always starts a group").isTrue();
        assertThat(showsAuthor("six")).isFalse();
        WebElement two = item("two");
        WebElement clock = two.findElement(By.cssSelector(".message-clock"));
        assertThat(clock.isDisplayed()).as("a grouped message's time shows only on hover").isFalse();
        new Actions(reader.driver()).moveToElement(two).perform();
        wait(reader).until(d -> clock.isDisplayed());
        assertThat(clock.getText()).matches(".*\\d{1,2}\\D\\d{2}.*");
        reader.screenshot("layout-groups");

        String one = messageId("one");
        assertThat(api.delete("/api/messages/" + one, ann.token()).status()).isEqualTo(204);
        wait(reader).until(d -> !shown().contains("one"));
        wait(reader).until(d -> showsAuthor("two"));
        assertThat(item("two").findElement(By.cssSelector(".message-author")).getText())
                .as("the group is formed again without the deleted message").isEqualTo(ann.username());

        reader.driver().navigate().refresh();
        reader.waitForChannel();
        assertThat(shown()).containsExactly("two", "three", "four", "five", "six");
        assertThat(showsAuthor("two")).isTrue();
        assertThat(showsAuthor("six")).as("grouped on page load as well").isFalse();
        assertThat(showsAuthor("five")).isTrue();
    }

    @Test
    void aReaderWhoScrolledUpStaysWhereTheyAreAndJumpsToPresent() {
        String last = null;
        for (int i = 1; i <= 40; i++) {
            last = api.postMessage(i % 2 == 0 ? ann : ben, channelId, "seed " + i);
        }
        markRead(last);
        reader.signIn(ann.username(), ChatBrowser.PASSWORD);
        reader.waitForChannel();
        see("seed 40");
        assertThat(fromBottom()).as("the page opens at the newest").isLessThanOrEqualTo(2);
        assertThat(jumpBar().isDisplayed()).isFalse();

        // scrolled up once the page has settled (a scroll of the page's own while it loads is not the reader's)
        reader.js("document.getElementById('messages').scrollTop = 400;");
        wait(reader).until(d -> scrollTop() == 400);
        sleepQuietly(500);
        reader.js("document.getElementById('messages').scrollTop = 400;");
        wait(reader).until(d -> scrollTop() == 400);
        api.postMessage(ben, channelId, "while you read");
        see("while you read");
        wait(reader).until(d -> jumpBar().isDisplayed());
        assertThat(scrollTop()).as("a reader who scrolled up stays where they are").isEqualTo(400);
        assertThat(jumpBar().getText()).contains("1 new message").contains("Jump to present");
        assertThat(inView("while you read")).isFalse();
        reader.screenshot("layout-new-messages");

        reader.driver().findElement(By.id("jump-present")).click();
        wait(reader).until(d -> fromBottom() <= 2);
        assertThat(inView("while you read")).isTrue();
        wait(reader).until(d -> !jumpBar().isDisplayed());

        api.postMessage(ben, channelId, "at the bottom");
        see("at the bottom");
        wait(reader).until(d -> inView("at the bottom") && fromBottom() <= 2);
        assertThat(jumpBar().isDisplayed()).as("a reader at the bottom follows").isFalse();

        reader.js("document.getElementById('messages').scrollTop = 300;");
        wait(reader).until(d -> scrollTop() == 300);
        reader.send("my own");
        see("my own");
        wait(reader).until(d -> inView("my own") && fromBottom() <= 2);

        // after a reconnect the list is loaded again: it shows the newest
        reader.js("document.getElementById('messages').scrollTop = 300;");
        wait(reader).until(d -> scrollTop() == 300);
        WebElement list = reader.driver().findElement(By.id("messages"));
        reader.js("parleyRefresh();");
        wait(reader).until(ExpectedConditions.stalenessOf(list));
        wait(reader).until(d -> shown().contains("my own") && inView("my own") && fromBottom() <= 2);
        assertThat(jumpBar().isDisplayed()).isFalse();
    }

    @Test
    void scrollingToTheTopLoadsOlderMessagesWithoutMovingWhatOneReads() {
        seed(120);
        reader.signIn(ann.username(), ChatBrowser.PASSWORD);
        reader.waitForChannel();
        see("m120");
        assertThat(shown()).hasSize(50).startsWith("m71").endsWith("m120");
        WebElement welcome = reader.driver().findElement(By.cssSelector("#messages .channel-start"));
        assertThat(welcome.isDisplayed()).as("not the start of the channel yet").isFalse();

        Number before = (Number) reader.js("var b = document.getElementById('messages'); b.scrollTop = 0;"
                + " return document.querySelector('#messages li.message').getBoundingClientRect().top;");
        wait(reader).until(d -> shown().size() == 100);
        assertThat(shown()).startsWith("m21").endsWith("m120");
        double after = ((Number) reader.js("var all = document.querySelectorAll('#messages li.message');"
                + " return all[50].getBoundingClientRect().top;")).doubleValue();
        assertThat(after).as("the message one was reading stays where it was").isCloseTo(before.doubleValue(),
                org.assertj.core.data.Offset.offset(3.0));
        assertThat(reader.driver().findElement(By.xpath("(//li[contains(@class,'message')])[51]//div[@class='message-content']"))
                .getText()).isEqualTo("m71");

        reader.js("document.getElementById('messages').scrollTop = 0;");
        wait(reader).until(d -> shown().size() == 120);
        assertThat(shown().get(0)).isEqualTo("m1");
        reader.js("document.getElementById('messages').scrollTop = 0;");
        wait(reader).until(d -> welcome.isDisplayed());
        assertThat(welcome.getText()).contains("Welcome to #general!").contains("This is the start of the channel.");
        reader.screenshot("layout-channel-start");
    }

    @Test
    void aMessageLinkOpensTheChannelAtThatMessageHighlightedAndJumpsBackToPresent() {
        List<String> ids = seedUnread(120);
        String link = "/channels/" + serverId + "/" + channelId + "/" + ids.get(9);

        // signed out, a link leads through signing in and back to the message
        reader.open(link);
        WebElement login = wait(reader).until(ExpectedConditions.visibilityOfElementLocated(By.id("signin:login")));
        login.sendKeys(ann.username());
        reader.driver().findElement(By.id("signin:password")).sendKeys(ChatBrowser.PASSWORD + Keys.ENTER);
        reader.waitForChannel();
        assertThat(reader.url()).endsWith(link);
        WebElement target = wait(reader).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#messages li.message.highlighted")));
        assertThat(target.getAttribute("data-message-id")).isEqualTo(ids.get(9));
        assertThat(inView("m10")).as("the linked message is in view").isTrue();
        assertThat(shown()).contains("m1", "m10", "m35").doesNotContain("m120");
        assertThat(jumpBar().isDisplayed()).isTrue();
        assertThat(jumpBar().getText()).contains("older messages");
        reader.screenshot("layout-message-link");

        api.postMessage(ben, channelId, "meanwhile");
        wait(reader).until(d -> jumpBar().getText().contains("1 new message"));
        assertThat(shown()).as("not appended to an older page").doesNotContain("meanwhile");

        reader.driver().findElement(By.id("jump-present")).click();
        see("meanwhile");
        wait(reader).until(d -> inView("meanwhile") && fromBottom() <= 2);
        assertThat(shown()).hasSize(50).endsWith("m120", "meanwhile").doesNotContain("m10");
        wait(reader).until(d -> !jumpBar().isDisplayed());
        assertThat(reader.url()).endsWith("/channels/" + serverId + "/" + channelId);
        api.postMessage(ben, channelId, "and now live");
        see("and now live");

        // from the keyboard: Tab to the list, End brings the newest
        reader.open(link);
        reader.waitForChannel();
        wait(reader).until(d -> inView("m10") && jumpBar().isDisplayed());
        List<WebElement> stops = reader.driver().findElements(By.cssSelector("#messages [tabindex='0']"));
        assertThat(stops).as("the list is one Tab stop: a message of it").hasSize(1);
        stops.get(0).sendKeys(Keys.END);
        wait(reader).until(d -> shown().contains("and now live") && inView("and now live") && fromBottom() <= 2);
        assertThat(reader.url()).endsWith("/channels/" + serverId + "/" + channelId);

        // a channel link, and links to what one may not see
        reader.open("/channels/" + serverId + "/" + channelId);
        reader.waitForChannel();
        assertThat(reader.channelTitle()).isEqualTo("general");
        reader.open("/channels/" + serverId + "/" + channelId + "/" + UUID.randomUUID());
        reader.waitForChannel();
        assertThat(reader.driver().findElement(By.id("notices")).getText())
                .contains("That message does not exist, or you may not see it.");
        assertThat(shown()).endsWith("and now live");
        Api.User stranger = api.signUp("cy");
        String elsewhere = api.createServer(stranger, "Elsewhere");
        String hidden = api.postMessage(stranger, api.firstChannel(stranger, elsewhere), "secret");
        reader.open("/channels/" + serverId + "/" + channelId + "/" + hidden);
        reader.waitForChannel();
        assertThat(reader.driver().findElement(By.id("notices")).getText())
                .contains("That message does not exist, or you may not see it.");
        assertThat(shown()).doesNotContain("secret");
        reader.open("/channels/" + serverId + "/" + UUID.randomUUID());
        reader.waitForChannel();
        assertThat(reader.driver().findElement(By.id("notices")).getText())
                .contains("That channel does not exist, or you may not see it.");
        reader.open("/channels/" + serverId + "/not-a-channel");
        assertThat(reader.visibleText()).contains("404").doesNotContain("Exception");
    }

    @Test
    void atAPhonesWidthTheChatTakesTheWidthAndTheListsAreADrawer() {
        api.postMessage(ben, channelId, "a long line that must wrap rather than push the page sideways: "
                + "supercalifragilisticexpialidocious-".repeat(4));
        reader.signIn(ann.username(), ChatBrowser.PASSWORD);
        reader.waitForChannel();
        resize(400, 800);
        try {
            assertThat(((Number) reader.js("return window.innerWidth;")).intValue()).isEqualTo(400);
            assertNothingScrollsSideways();
            assertThat(((Number) reader.js("return document.querySelector('.chat-column').getBoundingClientRect().width;"))
                    .doubleValue()).as("the chat uses the width").isGreaterThanOrEqualTo(360);
            WebElement servers = reader.driver().findElement(By.id("server-list"));
            WebElement channels = reader.driver().findElement(By.id("channel-list"));
            WebElement button = reader.driver().findElement(By.id("drawer-button"));
            wait(reader).until(d -> !servers.isDisplayed() && !channels.isDisplayed());
            assertThat(button.isDisplayed()).isTrue();
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
            reader.screenshot("layout-narrow");

            button.click();
            wait(reader).until(d -> servers.isDisplayed() && channels.isDisplayed());
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
            assertNothingScrollsSideways();
            reader.screenshot("layout-drawer");
            reader.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            wait(reader).until(d -> !servers.isDisplayed());
            assertThat(reader.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("drawer-button");

            button.click();
            wait(reader).until(d -> channels.isDisplayed());
            new Actions(reader.driver()).moveToLocation(380, 400).click().perform();
            wait(reader).until(d -> !channels.isDisplayed());

            button.click();
            wait(reader).until(d -> channels.isDisplayed());
            WebElement general = reader.driver().findElement(By.cssSelector("#channel-list a.channel"));
            general.click();
            wait(reader).until(d -> {
                try {
                    return !channels.isDisplayed();
                } catch (StaleElementReferenceException gone) {
                    return true;
                }
            });
            wait(reader).until(ExpectedConditions.stalenessOf(general));
            reader.waitForChannel();
            assertThat(reader.driver().findElement(By.id("channel-list")).isDisplayed())
                    .as("choosing a channel closes the drawer").isFalse();

            WebElement composer = reader.composer();
            assertThat(composer.isDisplayed()).isTrue();
            assertThat(composer.getRect().getWidth()).isGreaterThanOrEqualTo(300);
            reader.send("from a phone");
            see("from a phone");
            assertThat(inView("from a phone")).isTrue();
            assertNothingScrollsSideways();
            reader.screenshot("layout-narrow-chat");
        } finally {
            resize(1280, 800);
        }
    }

    // ---------- what the reader sees ----------

    private void assertNothingScrollsSideways() {
        Map<?, ?> widths = (Map<?, ?>) reader.js("return {scroll: document.documentElement.scrollWidth,"
                + " inner: window.innerWidth, body: document.body.scrollWidth};");
        assertThat(((Number) widths.get("scroll")).intValue()).as("nothing scrolls sideways: " + widths)
                .isLessThanOrEqualTo(((Number) widths.get("inner")).intValue());
        assertThat(((Number) widths.get("body")).intValue()).as("nothing scrolls sideways: " + widths)
                .isLessThanOrEqualTo(((Number) widths.get("inner")).intValue());
    }

    private void resize(int width, int height) {
        ChromeDriver chrome = (ChromeDriver) reader.driver();
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        chrome.manage().window().setSize(new Dimension(width, height));
        Number inner = (Number) reader.js("return window.innerWidth;");
        if (inner.intValue() != width) {
            // a window may not get that narrow; the page's viewport can
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", 1, "mobile", false));
        }
    }

    /** Waits, looking again when the list changed under the look (items replaced by a newer page). */
    private static WebDriverWait wait(ChatBrowser browser) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), ChatBrowser.PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The contents of the messages on screen, oldest first, read at one instant. */
    @SuppressWarnings("unchecked")
    private List<String> shown() {
        return (List<String>) reader.js("return Array.from(document.querySelectorAll('#messages li.message .message-content'))"
                + ".map(function (e) { return e.innerText.trim(); });");
    }

    private void see(String content) {
        try {
            wait(reader).until(d -> shown().contains(content));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("\"" + content + "\" not on screen: " + shown(), e);
        }
    }

    private WebElement item(String content) {
        for (WebElement item : reader.driver().findElements(By.cssSelector("#messages li.message"))) {
            if (item.findElement(By.cssSelector(".message-content")).getText().equals(content)) {
                return item;
            }
        }
        throw new AssertionError("no message \"" + content + "\" on screen: " + shown());
    }

    private String messageId(String content) {
        return item(content).getAttribute("data-message-id");
    }

    private boolean showsAuthor(String content) {
        return item(content).findElement(By.cssSelector(".message-author")).isDisplayed()
                && item(content).findElement(By.cssSelector(".avatar")).isDisplayed();
    }

    private boolean grouped(String content) {
        return item(content).getAttribute("class").contains("grouped");
    }

    private WebElement jumpBar() {
        return reader.driver().findElement(By.id("jump-bar"));
    }

    private long scrollTop() {
        return Math.round(((Number) reader.js("return document.getElementById('messages').scrollTop;")).doubleValue());
    }

    private long fromBottom() {
        return Math.round(((Number) reader.js("var b = document.getElementById('messages');"
                + " return b.scrollHeight - b.scrollTop - b.clientHeight;")).doubleValue());
    }

    /** Whether the message is within the visible part of the list. */
    private boolean inView(String content) {
        WebElement item = item(content);
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) reader.driver()).executeScript(
                "var r = arguments[0].getBoundingClientRect(), b = document.getElementById('messages').getBoundingClientRect();"
                        + " return r.bottom > b.top && r.top < b.bottom;", item);
    }

    /** Posts m1…mN, alternating authors; returns their ids in order. */
    /** Messages m1 … m{count}, alternately Ben's and Ann's, all read by Ann (the page opens at the newest). */
    private List<String> seed(int count) {
        List<String> ids = seedUnread(count);
        markRead(ids.get(ids.size() - 1));
        return ids;
    }

    /** The same, with Ben's unread for Ann: a channel with more unread than fits opens at its "New messages" line. */
    private List<String> seedUnread(int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            ids.add(api.postMessage(i % 2 == 0 ? ann : ben, channelId, "m" + i));
        }
        return ids;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void markRead(String messageId) {
        assertThat(api.put("/api/channels/" + channelId + "/read", ann.token(), "{\"messageId\":\"" + messageId + "\"}")
                .status()).isEqualTo(204);
    }
}
