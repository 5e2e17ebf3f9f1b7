package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Read state, badges, mentions and direct messages as people see them in real browsers on the
 * real WAR: what one person posts makes another's channel bold and puts a badge on it and on the
 * server, viewing the channel clears both on all of that person's pages, a mention of you stands
 * out, the composer completes names, and a direct message reaches the other person's Home live.
 */
class UnreadAndDmIT extends ParleyDeployment {

    private final OpenBrowsers browsers = new OpenBrowsers();

    @AfterEach
    void closeBrowsers() {
        browsers.closeAll();
    }

    /** What PrimeFaces logs when it refuses an ajax request without the page's nonce. */
    private static final String CSP_REFUSAL = "CSP nonce mismatch";

    private ChatBrowser signedIn(String name, Api.User user, String path) {
        ChatBrowser browser = browsers.signedIn(base, name, user, path);
        browser.waitForLive();
        return browser;
    }

    private static void waitForLive(ChatBrowser browser) {
        browser.waitForLive();
    }

    private static void until(ChatBrowser browser, String what, Supplier<Boolean> condition) {
        ChatBrowser.until(browser, what, condition);
    }

    private static WebElement channelLink(ChatBrowser browser, String channelName) {
        return browser.driver().findElement(By.xpath("//ul[@id='channel-list']//a[.//span[@class='channel-name' and text()='"
                + channelName + "']]"));
    }

    /** Whether the server counts anything in the channel as unread for the user. */
    private static boolean unreadOnServer(Api api, Api.User user, String channelId) {
        return api.get("/api/users/me/unread", user.token()).json().getJsonArray("channels").stream()
                .anyMatch(c -> channelId.equals(c.asJsonObject().getString("channelId")));
    }

    private static WebElement serverIcon(ChatBrowser browser, String serverId) {
        return browser.driver().findElement(By.cssSelector(".server-rail a[data-server-id='" + serverId + "']"));
    }

    private static WebElement home(ChatBrowser browser) {
        return browser.driver().findElement(By.cssSelector(".server-rail .server-icon.home"));
    }

    private static boolean bold(WebElement link) {
        return link.getAttribute("class").contains("unread");
    }

    /** The badge's number, "" without one. */
    private static String badge(WebElement element) {
        List<WebElement> badges = element.findElements(By.cssSelector(".mention-badge"));
        return badges.isEmpty() ? "" : badges.get(0).getText();
    }

    private static boolean suggestionsShown(ChatBrowser browser) {
        return !browser.driver().findElements(By.cssSelector("#mention-suggestions:not([hidden]) li")).isEmpty();
    }

    private static List<String> conversations(ChatBrowser browser) {
        return browser.driver().findElements(By.cssSelector("#dm-list li.dm-item .channel-name")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void postsMakeChannelsBoldAndMentionsCountUntilTheChannelIsViewedOnAnyPage() {
        Api api = new Api(base);
        Api.User ann = api.signUp("ua");
        Api.User ben = api.signUp("ub");
        String serverId = api.createServer(ann, "Read club");
        api.join(ben, ann, serverId);
        Api.Reply second = api.post("/api/servers/" + serverId + "/channels", ann.token(), "{\"name\":\"second\"}");
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        String secondId = second.json().getString("id");

        ChatBrowser annPage = signedIn("ann", ann, "/?server=" + serverId);
        ChatBrowser benPage = signedIn("ben", ben, "/?server=" + serverId + "&channel=" + secondId);
        assertThat(annPage.channelTitle()).isEqualTo("general");
        annPage.markPage();
        assertThat(bold(channelLink(annPage, "second"))).isFalse();

        benPage.send("just saying");
        until(annPage, "second to turn bold", () -> bold(channelLink(annPage, "second")));
        assertThat(badge(channelLink(annPage, "second"))).as("no mention, no badge").isEmpty();

        // Ben mentions Ann, with the composer's autocomplete: "@" and the start of her name, then Tab
        WebElement composer = benPage.composer();
        composer.sendKeys("look @" + ann.username().substring(0, 5));
        until(benPage, "the suggestion of Ann", () -> benPage.driver()
                .findElements(By.cssSelector("#mention-suggestions:not([hidden]) li .suggestion-username")).stream()
                .anyMatch(e -> e.getText().equals("@" + ann.username())));
        composer.sendKeys(Keys.TAB);
        assertThat(composer.getAttribute("value")).isEqualTo("look @" + ann.username() + " ");
        assertThat(suggestionsShown(benPage)).as("closed once chosen").isFalse();
        // Escape closes the list and leaves the text; Down, Up and Enter choose without sending
        composer.sendKeys("and @" + ben.username().substring(0, 4));
        until(benPage, "the suggestion of Ben", () -> suggestionsShown(benPage));
        composer.sendKeys(Keys.ESCAPE);
        assertThat(suggestionsShown(benPage)).isFalse();
        assertThat(composer.getAttribute("value")).endsWith("and @" + ben.username().substring(0, 4));
        composer.sendKeys(Keys.BACK_SPACE);
        until(benPage, "the suggestions again", () -> suggestionsShown(benPage));
        composer.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_UP, Keys.ENTER);
        assertThat(composer.getAttribute("value")).isEqualTo("look @" + ann.username() + " and @" + ben.username() + " ");
        assertThat(benPage.messages()).as("Enter chose, it did not send").containsExactly("just saying");
        composer.clear(); // Ben does not mention himself after all
        composer.sendKeys("look @" + ann.username() + " here" + Keys.ENTER);
        benPage.waitForMessage("look @" + ann.username() + " here");

        until(annPage, "a mention badge on second", () -> "1".equals(badge(channelLink(annPage, "second"))));
        assertThat(badge(serverIcon(annPage, serverId))).as("the server counts its mentions").isEqualTo("1");
        assertThat(badge(channelLink(annPage, "general"))).isEmpty();
        assertThat(annPage.pageWasNotReloaded()).as("all of it live").isTrue();
        annPage.screenshot("unread-badges");

        // Ann's other session loads with the same state, and follows what the first one does
        ChatBrowser annElsewhere = signedIn("ann2", ann, "/?server=" + serverId);
        assertThat(bold(channelLink(annElsewhere, "second"))).isTrue();
        assertThat(badge(channelLink(annElsewhere, "second"))).isEqualTo("1");
        assertThat(badge(serverIcon(annElsewhere, serverId))).isEqualTo("1");

        for (int i = 1; i <= 8; i++) { // more than a screen of unread messages: the line is above, out of view
            api.postMessage(ben, secondId, "line " + i + "\n- a\n- b\n- c");
        }
        channelLink(annPage, "second").click();
        until(annPage, "second on screen", () -> "second".equals(annPage.channelTitle()));
        annPage.waitForMessage("just saying");
        assertThat(annPage.driver().findElements(By.cssSelector("#messages li.unread-line + li.message .message-content"))
                .stream().map(WebElement::getText).toList()).as("the line sits above the first unread message")
                .containsExactly("just saying");
        List<WebElement> highlighted = annPage.driver().findElements(By.cssSelector("#messages li.message.mentions-me"));
        assertThat(highlighted).as("the mention of Ann stands out, the other message not").hasSize(1);
        assertThat(highlighted.get(0).getText()).contains("look @" + ann.username() + " here");
        assertThat(badge(serverIcon(annPage, serverId))).isEmpty();
        annPage.screenshot("unread-mention-highlight");
        assertThat(benPage.driver().findElements(By.cssSelector("#messages li.message.mentions-me")))
                .as("Ben's own page does not highlight Ann's mention").isEmpty();

        until(annElsewhere, "the other session to clear the badge", () -> !bold(channelLink(annElsewhere, "second"))
                && badge(channelLink(annElsewhere, "second")).isEmpty() && badge(serverIcon(annElsewhere, serverId)).isEmpty());
        annElsewhere.open("/?server=" + serverId);
        annElsewhere.waitForApp();
        assertThat(bold(channelLink(annElsewhere, "second"))).as("read, after a reload too").isFalse();
        assertThat(badge(channelLink(annElsewhere, "second"))).isEmpty();

        // a message while Ann looks at the newest messages is read at once: her other session stays calm
        waitForLive(annElsewhere);
        annPage.js("var box = document.getElementById('messages'); box.scrollTop = box.scrollHeight;");
        benPage.send("still here?");
        annPage.waitForMessage("still here?");
        // her page marks it read on arrival (at most once a second, so this may take that long)
        until(annPage, "Ann's page to mark the channel read", () -> !unreadOnServer(api, ann, secondId));
        annElsewhere.open("/?server=" + serverId);
        annElsewhere.waitForApp();
        assertThat(bold(channelLink(annElsewhere, "second"))).isFalse();
    }

    @Test
    void aPageOpenedOnAChannelWithUnreadMessagesMarksItRead() {
        Api api = new Api(base);
        Api.User ann = api.signUp("ra");
        Api.User ben = api.signUp("rb");
        String serverId = api.createServer(ben, "Read on arrival");
        api.join(ann, ben, serverId);
        String general = api.firstChannel(ben, serverId);
        api.postMessage(ben, general, "posted before Ann came");
        assertThat(unreadOnServer(api, ann, general)).isTrue();
        long refused = ParleyServer.logLinesContaining(CSP_REFUSAL);

        // the mark-read request the page sends as it loads once went before PrimeFaces gave the page's forms
        // their CSP nonce, and was refused (a later one marked the channel read)
        ChatBrowser annPage = signedIn("ann", ann, "/?server=" + serverId + "&channel=" + general);
        annPage.waitForMessage("posted before Ann came");
        until(annPage, "the page to mark the channel read", () -> !unreadOnServer(api, ann, general));
        assertThat(ParleyServer.logLinesContaining(CSP_REFUSAL)).as("requests of the page refused for their CSP nonce")
                .isEqualTo(refused);
    }

    @Test
    void aDirectMessageReachesHomeLiveAndTheOpenConversation() {
        Api api = new Api(base);
        Api.User ann = api.signUp("da");
        Api.User ben = api.signUp("db");
        String serverId = api.createServer(ann, "DM club");
        api.join(ben, ann, serverId);

        ChatBrowser annHome = signedIn("ann-home", ann, "/?home=1");
        assertThat(annHome.driver().findElements(By.id("no-dm"))).as("home without a conversation").hasSize(1);
        assertThat(conversations(annHome)).isEmpty();
        ChatBrowser annServer = signedIn("ann-server", ann, "/?server=" + serverId);
        ChatBrowser benPage = signedIn("ben", ben, "/?server=" + serverId);
        annHome.markPage();
        annServer.markPage();

        // Ben starts the conversation from the member list
        WebElement message = benPage.driver().findElement(By.cssSelector("#member-list li.member[data-user-id='" + ann.id()
                + "'] .member-message"));
        assertThat(message.getAttribute("aria-label")).isEqualTo("Message " + ann.username());
        assertThat(benPage.driver().findElements(By.cssSelector("#member-list li.member[data-user-id='" + ben.id()
                + "'] .member-message"))).as("no button to message oneself").isEmpty();
        ((org.openqa.selenium.JavascriptExecutor) benPage.driver()).executeScript("arguments[0].click();", message);
        until(benPage, "the conversation with Ann", () -> benPage.url().contains("dm=")
                && !benPage.driver().findElements(By.id("channel-title")).isEmpty()
                && ann.username().equals(benPage.channelTitle()));
        benPage.waitForChannel();
        benPage.send("psst, Ann");
        benPage.waitForMessage("psst, Ann");

        until(annHome, "the new conversation in Ann's Home", () -> conversations(annHome).equals(List.of(ben.username())));
        until(annHome, "the conversation to be unread", () -> bold(annHome.driver().findElement(By.cssSelector("#dm-list a"))));
        until(annServer, "Home to show the unread message", () -> "1".equals(badge(home(annServer))));
        assertThat(annHome.pageWasNotReloaded()).isTrue();
        assertThat(annServer.pageWasNotReloaded()).isTrue();
        annServer.screenshot("dm-home-badge");

        home(annServer).click();
        until(annServer, "the home list", () -> conversations(annServer).equals(List.of(ben.username())));
        assertThat(annServer.driver().findElement(By.cssSelector("#dm-list .presence-dot[data-user-id='" + ben.id() + "']"))
                .getAttribute("class")).as("Ben is online").contains("status-online");
        annServer.driver().findElement(By.cssSelector("#dm-list a")).click();
        until(annServer, "the conversation on screen", () -> !annServer.driver().findElements(By.id("channel-title")).isEmpty()
                && ben.username().equals(annServer.channelTitle()));
        annServer.waitForChannel();
        annServer.waitForMessage("psst, Ann");
        until(annHome, "the other page to see it read", () -> !bold(annHome.driver().findElement(By.cssSelector("#dm-list a"))));

        assertThat(annServer.composer().getAttribute("placeholder")).isEqualTo("Message @" + ben.username());
        annServer.markPage();
        benPage.send("are you there?");
        annServer.waitForMessage("are you there?");
        annServer.send("yes!");
        benPage.waitForMessage("yes!");
        assertThat(annServer.pageWasNotReloaded()).isTrue();
        assertThat(annServer.title()).startsWith("@" + ben.username());
        annServer.screenshot("dm-conversation");
    }

    @Test
    void threadsAreListedUnderTheirChannelLiveAndOpenWithAWayBack() {
        Api api = new Api(base);
        Api.User ann = api.signUp("ta");
        Api.User ben = api.signUp("tb");
        String serverId = api.createServer(ann, "Thread club");
        api.join(ben, ann, serverId);
        String general = api.firstChannel(ann, serverId);
        String starter = api.postMessage(ben, general, "shall we plan the trip?");

        ChatBrowser annPage = signedIn("ann-threads", ann, "/?server=" + serverId);
        annPage.waitForMessage("shall we plan the trip?");
        annPage.markPage();
        Api.Reply started = api.post("/api/messages/" + starter + "/threads", ben.token(), "{\"name\":\"<b>trip</b> plans\"}");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String threadId = started.json().getString("id");

        until(annPage, "the thread under #general", () -> !annPage.driver()
                .findElements(By.cssSelector("#channel-list ul.thread-list a[data-channel-id='" + threadId + "']")).isEmpty());
        WebElement thread = annPage.driver().findElement(By.cssSelector("#channel-list a[data-channel-id='" + threadId + "']"));
        assertThat(thread.getText()).as("the name as typed, as text").contains("<b>trip</b> plans");
        api.postMessage(ben, threadId, "Saturday?");
        until(annPage, "the thread to turn bold", () -> bold(annPage.driver()
                .findElement(By.cssSelector("#channel-list a[data-channel-id='" + threadId + "']"))));
        assertThat(annPage.pageWasNotReloaded()).isTrue();
        annPage.screenshot("thread-listed");

        // a click opens it beside the channel (ThreadPanelIT); its address opens it in the chat column
        annPage.driver().get(annPage.driver().findElement(By.cssSelector("#channel-list a[data-channel-id='" + threadId + "']"))
                .getAttribute("href"));
        until(annPage, "the thread on screen", () -> "<b>trip</b> plans".equals(annPage.channelTitle()));
        annPage.waitForChannel();
        annPage.waitForMessage("Saturday?");
        annPage.send("Sunday!");
        annPage.waitForMessage("Sunday!");
        assertThat(api.get("/api/channels/" + threadId + "/messages", ben.token()).array().getJsonObject(0)
                .getString("content")).as("written in the thread").isEqualTo("Sunday!");
        WebElement back = annPage.driver().findElement(By.id("thread-back"));
        assertThat(back.getText()).isEqualTo("\u2190 back to #general");
        annPage.screenshot("thread-open");
        back.click();
        until(annPage, "#general again", () -> "general".equals(annPage.channelTitle()));
        assertThat(bold(annPage.driver().findElement(By.cssSelector("#channel-list a[data-channel-id='" + threadId + "']"))))
                .as("the thread was read").isFalse();
    }
}
