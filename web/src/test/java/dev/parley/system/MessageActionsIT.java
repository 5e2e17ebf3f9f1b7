package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What people do to messages in the chat page — edit, delete, reply, react, pin, copy a link — from
 * the actions a message shows on hover, as two people in two real browsers see it: the other one
 * sees each change live, without a reload; and each reader is offered only the actions they may take.
 */
class MessageActionsIT extends ParleyDeployment {

    private static final String THUMBS_UP = "\uD83D\uDC4D";
    private static final String RED_HEART = "\u2764\uFE0F";

    private static ChatBrowser alice;
    private static ChatBrowser bob;

    private Api api;
    private Api.User owner;
    private Api.User member;
    private String serverId;
    private String channelId;

    @BeforeEach
    void anOwnerAndAMemberInTheirOwnBrowsers() {
        if (alice == null) {
            alice = new ChatBrowser("alice", base);
            bob = new ChatBrowser("bob", base);
        }
        for (ChatBrowser browser : new ChatBrowser[] {alice, bob}) {
            browser.open("/login.xhtml");
            browser.forgetSignIn();
        }
        api = new Api(base);
        owner = api.signUp("alice");
        member = api.signUp("bob");
        serverId = api.createServer(owner, "Actions " + UUID.randomUUID().toString().substring(0, 4));
        channelId = api.firstChannel(owner, serverId);
        api.join(member, owner, serverId);
    }

    private void bothSignIn() {
        alice.signIn(owner.username(), ChatBrowser.PASSWORD);
        alice.waitForChannel();
        bob.signIn(member.username(), ChatBrowser.PASSWORD);
        bob.waitForChannel();
        alice.markPage();
        bob.markPage();
    }

    @AfterAll
    static void closeBrowsers() {
        for (ChatBrowser browser : new ChatBrowser[] {alice, bob}) {
            if (browser != null) {
                browser.close();
            }
        }
        alice = null;
        bob = null;
    }

    @Test
    void anEditAReplyAndADeleteAreSeenLiveInTheOtherBrowser() {
        bothSignIn();
        alice.send("Hello there");
        waitForMessage(bob, "Hello there");

        // Up arrow in the empty composer edits one's last message; Enter saves
        alice.composer().sendKeys(Keys.ARROW_UP);
        WebElement editor = editor(alice);
        assertThat(editor.getAttribute("value")).isEqualTo("Hello there");
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Hello everyone", Keys.ENTER);
        waitForMessage(bob, "Hello everyone");
        assertThat(item(bob, "Hello everyone").findElement(By.cssSelector(".message-edited")).getText())
                .isEqualTo("(edited)");
        waitForMessage(alice, "Hello everyone");
        assertThat(alice.driver().findElements(By.cssSelector("#messages .message-editor"))).as("the editor closed")
                .isEmpty();

        // the Edit action opens the editor too; Escape leaves the message as it was
        clickAction(alice, "Hello everyone", "Edit");
        editor(alice).sendKeys(" and more", Keys.ESCAPE);
        wait(alice).until(d -> d.findElements(By.cssSelector("#messages .message-editor")).isEmpty());
        assertThat(alice.messages()).containsExactly("Hello everyone");

        // Reply: the composer says to whom; Escape cancels; Enter posts the reply with its quote
        clickAction(bob, "Hello everyone", "Reply");
        assertThat(replyBar(bob)).isEqualTo("Replying to " + owner.username());
        bob.composer().sendKeys(Keys.ESCAPE);
        wait(bob).until(d -> d.findElements(By.id("reply-bar")).isEmpty());
        clickAction(bob, "Hello everyone", "Reply");
        bob.driver().findElement(By.cssSelector("#reply-bar .reply-cancel")).click();
        wait(bob).until(d -> d.findElements(By.id("reply-bar")).isEmpty());
        clickAction(bob, "Hello everyone", "Reply");
        bob.send("Hi Alice!");
        waitForMessage(alice, "Hi Alice!");
        WebElement quote = item(alice, "Hi Alice!").findElement(By.cssSelector(".message-reply"));
        assertThat(quote.findElement(By.cssSelector(".reply-author")).getText()).isEqualTo(owner.username());
        assertThat(quote.findElement(By.cssSelector(".reply-excerpt")).getText()).isEqualTo("Hello everyone");
        assertThat(bob.driver().findElements(By.id("reply-bar"))).as("the reply was sent").isEmpty();

        // Delete asks first; the message goes for both, and the reply says so
        clickAction(alice, "Hello everyone", "Delete");
        WebElement dialog = wait(alice).until(ExpectedConditions.visibilityOfElementLocated(By.id("delete-dialog")));
        assertThat(dialog.getText()).contains("Are you sure you want to delete this message?", "Hello everyone");
        alice.screenshot("actions-delete-dialog");
        dialog.findElement(By.cssSelector(".dialog-danger")).click();
        wait(bob).until(d -> !bob.messages().contains("Hello everyone"));
        assertThat(item(bob, "Hi Alice!").findElement(By.cssSelector(".message-reply")).getText())
                .isEqualTo("Original message deleted");
        wait(alice).until(d -> !alice.messages().contains("Hello everyone"));

        // Shift+click skips the question
        alice.send("oops");
        waitForMessage(bob, "oops");
        hover(alice, "oops");
        WebElement delete = action(alice, "oops", "Delete");
        new Actions(alice.driver()).keyDown(Keys.SHIFT).click(delete).keyUp(Keys.SHIFT).perform();
        wait(bob).until(d -> !bob.messages().contains("oops"));
        assertThat(alice.driver().findElements(By.id("delete-dialog"))).isEmpty();
        assertThat(bob.messages()).containsExactly("Hi Alice!");
        assertThat(alice.pageWasNotReloaded() && bob.pageWasNotReloaded()).as("all of it arrived live").isTrue();
    }

    @Test
    void reactionsAreCountedLiveAndTheirChipsToggleOnesOwn() {
        bothSignIn();
        alice.send("React to me");
        waitForMessage(bob, "React to me");

        // the picker, by keyboard: search, Enter takes the first match
        clickAction(alice, "React to me", "Add reaction");
        WebElement search = wait(alice).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#emoji-picker .emoji-search")));
        assertThat(alice.driver().findElements(By.cssSelector("#emoji-picker button.emoji-option")).size())
                .isGreaterThanOrEqualTo(40);
        alice.screenshot("actions-emoji-picker");
        search.sendKeys("thumbs up", Keys.ENTER);
        assertThat(alice.driver().findElements(By.id("emoji-picker"))).as("picking closes the picker").isEmpty();
        waitForChip(bob, "React to me", THUMBS_UP, 1, false);
        waitForChip(alice, "React to me", THUMBS_UP, 1, true);

        // Bob adds his with the chip: both see two, each marked as their own where it is
        chip(bob, "React to me", THUMBS_UP).click();
        waitForChip(bob, "React to me", THUMBS_UP, 2, true);
        waitForChip(alice, "React to me", THUMBS_UP, 2, true);

        // Alice takes hers back
        chip(alice, "React to me", THUMBS_UP).click();
        waitForChip(alice, "React to me", THUMBS_UP, 1, false);
        waitForChip(bob, "React to me", THUMBS_UP, 1, true);

        // the picker by mouse, and Escape closes it
        clickAction(alice, "React to me", "Add reaction");
        wait(alice).until(ExpectedConditions.visibilityOfElementLocated(By.id("emoji-picker")));
        new Actions(alice.driver()).sendKeys(Keys.ESCAPE).perform();
        wait(alice).until(d -> d.findElements(By.id("emoji-picker")).isEmpty());
        clickAction(alice, "React to me", "Add reaction");
        alice.driver().findElement(By.cssSelector("#emoji-picker button.emoji-option[aria-label='red heart']")).click();
        waitForChip(bob, "React to me", RED_HEART, 1, false);
        assertThat(bob.pageWasNotReloaded()).isTrue();

        // a page load marks the reader's own
        bob.driver().navigate().refresh();
        bob.waitForChannel();
        waitForChip(bob, "React to me", THUMBS_UP, 1, true);
        waitForChip(bob, "React to me", RED_HEART, 1, false);
        bob.screenshot("actions-reactions-bob");

        // the last one taken back takes the chip away
        chip(bob, "React to me", THUMBS_UP).click();
        wait(alice).until(d -> chips(alice, "React to me").size() == 1);
        assertThat(chips(alice, "React to me").get(0).getAttribute("data-emoji")).isEqualTo(RED_HEART);
    }

    @Test
    void aMemberIsOfferedOnlyTheActionsTheyMayTakeAndTheServerRefusesTheRest() {
        bothSignIn();
        alice.send("The owner speaks");
        waitForMessage(bob, "The owner speaks");
        bob.send("A member answers");
        waitForMessage(alice, "A member answers");

        assertThat(actions(bob, "The owner speaks")).as("someone else's message, without MANAGE_MESSAGES")
                .containsExactly("Reply", "Add reaction", "Create thread", "Copy link");
        assertThat(actions(bob, "A member answers")).as("one's own message")
                .containsExactly("Reply", "Add reaction", "Edit", "Create thread", "Copy link", "Delete");
        assertThat(actions(alice, "A member answers")).as("the owner may manage messages")
                .containsExactly("Reply", "Add reaction", "Pin", "Create thread", "Copy link", "Delete");
        assertThat(actions(alice, "The owner speaks"))
                .containsExactly("Reply", "Add reaction", "Edit", "Pin", "Create thread", "Copy link", "Delete");

        // by keyboard: Shift+Tab from the composer reaches the last message, which shows its actions; Tab enters them
        new Actions(bob.driver()).moveToElement(bob.driver().findElement(By.id("channel-title"))).perform();
        bob.composer().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        WebElement last = item(bob, "A member answers");
        assertThat(last.equals(bob.driver().switchTo().activeElement())).as("the message holds the focus").isTrue();
        assertThat(last.findElement(By.cssSelector(".message-actions")).isDisplayed()).isTrue();
        new Actions(bob.driver()).sendKeys(Keys.TAB).perform();
        assertThat(bob.driver().switchTo().activeElement().getAttribute("aria-label")).isEqualTo("Reply");
        new Actions(bob.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(replyBar(bob)).isEqualTo("Replying to " + member.username());
        bob.composer().sendKeys(Keys.ESCAPE);
        wait(bob).until(d -> d.findElements(By.id("reply-bar")).isEmpty());

        // the server decides anyway: asked behind the page's back, it refuses with a sentence
        String ownersMessage = item(bob, "The owner speaks").getAttribute("data-message-id");
        bob.js("parleyDeleteMessage([{name: 'messageId', value: '" + ownersMessage + "'}]);");
        wait(bob).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"),
                "You can only delete your own messages, unless you may manage messages in this channel."));
        assertThat(alice.messages()).contains("The owner speaks");

        // and the owner may delete the member's message
        clickAction(alice, "A member answers", "Delete");
        wait(alice).until(ExpectedConditions.visibilityOfElementLocated(By.id("delete-dialog")))
                .findElement(By.cssSelector(".dialog-danger")).click();
        wait(bob).until(d -> !bob.messages().contains("A member answers"));
    }

    @Test
    void pinnedMessagesAreListedInThePinsPanelLiveAndTheFiftyFirstIsRefused() {
        bothSignIn();
        alice.send("Read the rules");
        waitForMessage(bob, "Read the rules");
        alice.send("Meeting at noon");
        waitForMessage(bob, "Meeting at noon");

        bob.driver().findElement(By.id("pins-button")).click();
        WebElement panel = wait(bob).until(ExpectedConditions.visibilityOfElementLocated(By.id("pins-panel")));
        wait(bob).until(ExpectedConditions.textToBePresentInElement(panel,
                "This channel doesn't have any pinned messages yet."));

        clickAction(alice, "Read the rules", "Pin");
        wait(alice).until(ExpectedConditions.textToBe(By.id("action-status"), "Message pinned."));
        wait(bob).until(d -> pinned(bob).equals(List.of("Read the rules")));
        clickAction(alice, "Meeting at noon", "Pin");
        wait(bob).until(d -> pinned(bob).equals(List.of("Meeting at noon", "Read the rules")));
        bob.screenshot("actions-pins-bob");
        assertThat(actions(alice, "Read the rules")).as("a pinned message offers Unpin").contains("Unpin")
                .doesNotContain("Pin");
        clickAction(alice, "Read the rules", "Unpin");
        wait(bob).until(d -> pinned(bob).equals(List.of("Meeting at noon")));
        alice.composer().sendKeys(Keys.ARROW_UP);
        editor(alice).sendKeys(Keys.chord(Keys.CONTROL, "a"), "Meeting at one", Keys.ENTER);
        wait(bob).until(d -> pinned(bob).equals(List.of("Meeting at one")));
        new Actions(bob.driver()).sendKeys(Keys.ESCAPE).perform();
        wait(bob).until(d -> d.findElements(By.id("pins-panel")).isEmpty());
        assertThat(bob.pageWasNotReloaded()).isTrue();

        // 49 more pinned by a program make 50; the 51st is refused with the service's sentence
        for (int i = 0; i < 49; i++) {
            String id = api.postMessage(owner, channelId, "pin " + i);
            assertThat(api.post("/api/messages/" + id + "/pin", owner.token(), null).status()).isEqualTo(204);
        }
        waitForMessage(alice, "pin 48");
        clickAction(alice, "Read the rules", "Pin");
        wait(alice).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"),
                "A channel can have at most 50 pinned messages; unpin one first."));
    }

    @Test
    void aThreadIsStartedFromAMessageNamedAndOpenedAndTheOtherSeesItListedLive() {
        bothSignIn();
        alice.send("Shall we plan the offsite?");
        waitForMessage(bob, "Shall we plan the offsite?");

        clickAction(bob, "Shall we plan the offsite?", "Create thread");
        WebElement name = wait(bob).until(ExpectedConditions.visibilityOfElementLocated(By.id("thread-name")));
        assertThat(name.getAttribute("value")).as("the message's first words to start with")
                .isEqualTo("Shall we plan the offsite?");
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        bob.driver().findElement(By.id("thread-create")).click();
        wait(bob).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#thread-dialog .dialog-error"),
                "Give the thread a name."));
        name.sendKeys("Offsite <planning>" + Keys.ENTER);
        // it opens beside the channel (thread-panel.js), the focus in its composer
        WebElement panel = wait(bob).until(ExpectedConditions.visibilityOfElementLocated(By.id("thread-panel")));
        assertThat(panel.getAttribute("aria-label")).isEqualTo("Thread Offsite <planning>");
        assertThat(bob.channelTitle()).isEqualTo("general");
        WebElement threadComposer = bob.driver().switchTo().activeElement();
        assertThat(threadComposer.getAttribute("id")).isEqualTo("thread-composer");
        threadComposer.sendKeys("I'd say March" + Keys.ENTER);
        wait(bob).until(d -> d.findElements(By.cssSelector("#thread-panel li.message .message-content")).stream()
                .anyMatch(m -> m.getText().equals("I'd say March")));
        assertThat(bob.messages()).doesNotContain("I'd say March");

        // the other person sees the thread under its channel without reloading, and may not start a second one
        wait(alice).until(d -> d.findElements(By.cssSelector(".thread-list .channel.thread")).stream()
                .anyMatch(t -> t.getText().contains("Offsite <planning>")));
        assertThat(alice.pageWasNotReloaded()).isTrue();
        clickAction(alice, "Shall we plan the offsite?", "Create thread");
        wait(alice).until(ExpectedConditions.visibilityOfElementLocated(By.id("thread-name"))).sendKeys(Keys.ENTER);
        wait(alice).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#thread-dialog .dialog-error"),
                "This message already has a thread."));
        alice.driver().findElement(By.cssSelector("#thread-dialog .dialog-cancel")).click();
        wait(alice).until(d -> d.findElements(By.id("thread-dialog")).isEmpty());
    }

    @Test
    void copyLinkPutsTheMessagesAddressOnTheClipboard() {
        bothSignIn();
        alice.send("Link to me");
        String id = item(alice, "Link to me").getAttribute("data-message-id");
        // the clipboard API where the page is a secure context, else the copy command: both are watched
        alice.js("window.__copied = null;"
                + " if (navigator.clipboard) { navigator.clipboard.writeText = function (text) {"
                + "   window.__copied = text; return Promise.resolve(); }; }"
                + " var exec = document.execCommand.bind(document);"
                + " document.execCommand = function (command) { if (command !== 'copy') { return exec.apply(null, arguments); }"
                + "   var area = document.querySelector('textarea.offscreen');"
                + "   window.__copied = area.value.substring(area.selectionStart, area.selectionEnd); return true; };");
        clickAction(alice, "Link to me", "Copy link");
        wait(alice).until(ExpectedConditions.textToBe(By.id("action-status"), "Link copied"));
        String origin = alice.url().replaceFirst("^(https?://[^/]+).*$", "$1");
        assertThat(alice.js("return window.__copied;"))
                .isEqualTo(origin + "/channels/" + serverId + "/" + channelId + "/" + id);
    }

    // ---------- what a person does and sees ----------

    private static WebDriverWait wait(ChatBrowser browser) {
        // a message taken out or replaced while it is read is read again
        return (WebDriverWait) new WebDriverWait(browser.driver(), ChatBrowser.PATIENCE)
                .ignoring(StaleElementReferenceException.class);
    }

    /** As {@link ChatBrowser#waitForMessage}, reading again a message replaced (edited) while it was read. */
    private static void waitForMessage(ChatBrowser browser, String content) {
        try {
            wait(browser).until(d -> browser.messages().contains(content));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("\"" + content + "\" is not on screen: " + browser.messages(), e);
        }
    }

    /** The list item of the message with that text. */
    private static WebElement item(ChatBrowser browser, String content) {
        waitForMessage(browser, content);
        return browser.driver().findElement(By.xpath("//div[@id='messages']//li[contains(@class,'message')]"
                + "[.//div[contains(@class,'message-content')][normalize-space(.)='" + content + "']]"));
    }

    private static void hover(ChatBrowser browser, String content) {
        new Actions(browser.driver()).moveToElement(item(browser, content)).perform();
    }

    private static WebElement action(ChatBrowser browser, String content, String label) {
        return wait(browser).until(ExpectedConditions.visibilityOf(item(browser, content)
                .findElement(By.cssSelector(".message-actions button[aria-label='" + label + "']"))));
    }

    private static void clickAction(ChatBrowser browser, String content, String label) {
        hover(browser, content);
        action(browser, content, label).click();
    }

    /** The actions the message offers when one points at it, as labelled for a screen reader. */
    private static List<String> actions(ChatBrowser browser, String content) {
        hover(browser, content);
        WebElement bar = wait(browser).until(ExpectedConditions.visibilityOf(
                item(browser, content).findElement(By.cssSelector(".message-actions"))));
        return bar.findElements(By.tagName("button")).stream().map(b -> b.getAttribute("aria-label")).toList();
    }

    private static WebElement editor(ChatBrowser browser) {
        return wait(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#messages .message-editor textarea")));
    }

    private static String replyBar(ChatBrowser browser) {
        return wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("reply-bar")))
                .findElement(By.tagName("span")).getText();
    }

    private static List<WebElement> chips(ChatBrowser browser, String content) {
        return item(browser, content).findElements(By.cssSelector(".reactions button.reaction"));
    }

    private static WebElement chip(ChatBrowser browser, String content, String emoji) {
        return chips(browser, content).stream().filter(c -> emoji.equals(c.getAttribute("data-emoji"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + emoji + " chip"));
    }

    private static void waitForChip(ChatBrowser browser, String content, String emoji, int count, boolean mine) {
        try {
            wait(browser).until(d -> chips(browser, content).stream().anyMatch(c -> emoji.equals(c.getAttribute("data-emoji"))
                    && c.findElement(By.cssSelector(".reaction-count")).getText().equals(String.valueOf(count))
                    && c.findElement(By.cssSelector(".reaction-emoji")).getText().equals(emoji)
                    && String.valueOf(mine).equals(c.getAttribute("aria-pressed"))
                    && c.getAttribute("class").contains("mine") == mine));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no chip " + emoji + " " + count + (mine ? " (mine)" : "") + "; chips: "
                    + chips(browser, content).stream().map(c -> c.getText() + " " + c.getAttribute("aria-pressed")).toList(), e);
        }
    }

    /** The texts of the messages in the open pins panel, in its order. */
    private static List<String> pinned(ChatBrowser browser) {
        return browser.driver().findElements(By.cssSelector("#pins-panel li.message .message-content")).stream()
                .map(WebElement::getText).toList();
    }
}
