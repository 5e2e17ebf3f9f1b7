package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
 * The message list by keyboard alone, in a real browser: the list is one Tab stop however long
 * it is, arrow keys move through the messages, and the focused message's actions have keys.
 */
class MessageKeysIT extends ParleyDeployment {

    private static ChatBrowser alice;

    private Api api;
    private Api.User owner;
    private Api.User member;
    private String serverId;
    private String channelId;

    @BeforeEach
    void anOwnerAndAMemberOfOneServer() {
        if (alice == null) {
            alice = new ChatBrowser("alice", base);
        }
        alice.open("/login.xhtml");
        alice.forgetSignIn();
        api = new Api(base);
        owner = api.signUp("alice");
        member = api.signUp("bob");
        serverId = api.createServer(owner, "Keys " + UUID.randomUUID().toString().substring(0, 4));
        channelId = api.firstChannel(owner, serverId);
        api.join(member, owner, serverId);
    }

    @AfterAll
    static void closeBrowser() {
        if (alice != null) {
            alice.close();
        }
        alice = null;
    }

    private void signIn(int messages) {
        alice.signIn(owner.username(), ChatBrowser.PASSWORD);
        alice.waitForChannel();
        alice.waitForMessageCount(messages);
    }

    @Test
    void theListIsOneTabStopAndTheArrowsMoveThroughIt() {
        for (String text : List.of("one", "two", "three", "four", "five")) {
            api.postMessage(text.length() == 3 ? owner : member, channelId, text);
        }
        signIn(5);
        assertThat(tabStopsInTheList()).as("one message is a Tab stop: the newest").containsExactly("five");

        // from the top of the page, Tab by Tab: the list is reached once, on its newest message
        alice.js("document.activeElement.blur(); window.scrollTo(0, 0);");
        List<String> path = new ArrayList<>();
        for (int i = 0; i < 40 && !inList(); i++) {
            press(Keys.TAB);
            path.add(describe());
        }
        assertThat(focusedText()).as("Tab enters the list on the newest message, after " + path).isEqualTo("five");
        assertThat(focused().findElement(By.cssSelector(".message-actions")).isDisplayed())
                .as("the focused message shows its actions").isTrue();
        assertThat(alice.seriousAccessibilityViolations()).as("the list focused, its action bar shown").isEmpty();
        alice.screenshot("keys-focused-message");

        // Tab goes on through that message's own actions only, then leaves the list for the composer
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 12 && !"composer".equals(focused().getAttribute("id")); i++) {
            press(Keys.TAB);
            after.add(describe());
        }
        assertThat(focused().getAttribute("id")).as("Tab leaves the list: " + after).isEqualTo("composer");
        assertThat(after.subList(0, after.size() - 1)).as("no other message on the way")
                .allMatch(step -> step.startsWith("five: "));

        // Shift+Tab from the composer comes back to the message itself; arrows, Home and End move
        shiftTab();
        assertThat(focusedText()).as("focus on %s", describe()).isEqualTo("five");
        press(Keys.ARROW_UP);
        assertThat(focusedText()).as("focus on %s", describe()).isEqualTo("four");
        press(Keys.ARROW_UP);
        press(Keys.ARROW_UP);
        assertThat(focusedText()).as("focus on %s", describe()).isEqualTo("two");
        press(Keys.ARROW_DOWN);
        assertThat(focusedText()).as("focus on %s", describe()).isEqualTo("three");
        assertThat(focused().findElement(By.cssSelector(".message-actions")).isDisplayed()).isTrue();
        assertThat(tabStopsInTheList()).as("the Tab stop moved with the focus").containsExactly("three");
        press(Keys.PAGE_UP);
        assertThat(focusedText()).as("all five fit in a page; focus on %s", describe()).isEqualTo("one");
        press(Keys.PAGE_DOWN);
        assertThat(focusedText()).as("focus on %s", describe()).isEqualTo("five");
        press(Keys.HOME);
        assertThat(focusedText()).as("focus on %s", describe()).isEqualTo("one");
        press(Keys.END);
        assertThat(focusedText()).as("focus on %s", describe()).isEqualTo("five");
        press(Keys.ARROW_UP);

        // Escape goes back to the composer; the list is entered again where one left it
        press(Keys.ESCAPE);
        assertThat(focused().getAttribute("id")).isEqualTo("composer");
        shiftTab();
        assertThat(focusedText()).as("focus on %s", describe()).isEqualTo("four");

        // a new message does not take the Tab stop from the one the reader was on
        api.postMessage(member, channelId, "six");
        alice.waitForMessage("six");
        assertThat(tabStopsInTheList()).containsExactly("four");
    }

    @Test
    void theFocusedMessagesActionsHaveKeys() {
        api.postMessage(member, channelId, "theirs");
        api.postMessage(owner, channelId, "mine");
        signIn(2);
        alice.composer().click();

        // E edits one's own message; Escape cancels, nothing changed
        shiftTab();
        assertThat(focusedText()).as("focus on %s", describe()).isEqualTo("mine");
        press("e");
        WebElement editor = wait(alice).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#messages .message-editor textarea")));
        assertThat(editor.equals(alice.driver().switchTo().activeElement())).isTrue();
        press(" and more");
        press(Keys.ESCAPE);
        wait(alice).until(d -> d.findElements(By.cssSelector("#messages .message-editor")).isEmpty());
        assertThat(alice.messages()).containsExactly("theirs", "mine");

        // E on someone else's message does nothing; R starts a reply to it
        shiftTab();
        press(Keys.ARROW_UP);
        assertThat(focusedText()).as("focus on %s", describe()).isEqualTo("theirs");
        press("e");
        assertThat(alice.driver().findElements(By.cssSelector("#messages .message-editor"))).isEmpty();
        press("r");
        assertThat(wait(alice).until(ExpectedConditions.visibilityOfElementLocated(By.id("reply-bar")))
                .findElement(By.tagName("span")).getText()).isEqualTo("Replying to " + member.username());
        assertThat(focused().getAttribute("id")).as("the reply is typed in the composer").isEqualTo("composer");
        press(Keys.ESCAPE);
        wait(alice).until(d -> d.findElements(By.id("reply-bar")).isEmpty());

        // A opens the emoji picker for the focused message
        shiftTab();
        press("a");
        wait(alice).until(ExpectedConditions.visibilityOfElementLocated(By.id("emoji-picker")));
        press("thumbs up" + Keys.ENTER);
        wait(alice).until(d -> !item("theirs").findElements(By.cssSelector(".reactions button.reaction[aria-pressed='true']")).isEmpty());
        assertThat(focusedText()).as("back on the message; focus on %s", describe()).isEqualTo("theirs");
        press(Keys.ESCAPE);

        // P pins (the owner may)
        shiftTab();
        assertThat(focusedText()).as("focus on %s", describe()).isEqualTo("theirs");
        press("p");
        wait(alice).until(ExpectedConditions.textToBe(By.id("action-status"), "Message pinned."));

        // C copies its link (the clipboard is watched)
        alice.js("window.__copied = null;"
                + " if (navigator.clipboard) { navigator.clipboard.writeText = function (text) {"
                + "   window.__copied = text; return Promise.resolve(); }; }"
                + " var exec = document.execCommand.bind(document);"
                + " document.execCommand = function (command) { if (command !== 'copy') { return exec.apply(null, arguments); }"
                + "   var area = document.querySelector('textarea.offscreen');"
                + "   window.__copied = area.value.substring(area.selectionStart, area.selectionEnd); return true; };");
        press("c");
        wait(alice).until(ExpectedConditions.textToBe(By.id("action-status"), "Link copied"));
        assertThat((String) alice.js("return window.__copied;"))
                .endsWith("/channels/" + serverId + "/" + channelId + "/" + item("theirs").getAttribute("data-message-id"));

        // Delete asks first: Escape keeps the message and the focus on it; confirmed, it goes
        press(Keys.ARROW_DOWN);
        press(Keys.DELETE);
        WebElement dialog = wait(alice).until(ExpectedConditions.visibilityOfElementLocated(By.id("delete-dialog")));
        assertThat(dialog.getText()).contains("Are you sure you want to delete this message?", "mine");
        press(Keys.ESCAPE);
        wait(alice).until(d -> d.findElements(By.id("delete-dialog")).isEmpty());
        assertThat(focusedText()).as("focus on %s", describe()).isEqualTo("mine");
        press(Keys.DELETE);
        wait(alice).until(ExpectedConditions.visibilityOfElementLocated(By.id("delete-dialog")));
        press(Keys.ENTER);
        wait(alice).until(d -> alice.messages().equals(List.of("theirs")));
        wait(alice).until(d -> "theirs".equals(focusedText()));
        assertThat(tabStopsInTheList()).containsExactly("theirs");
    }

    @Test
    void thePinsPanelJumpsToAPinnedMessageLoadedOrNot() {
        String farBack = api.postMessage(owner, channelId, "far back");
        for (int i = 0; i < 20; i++) {
            api.postMessage(member, channelId, "early " + i);
        }
        String rules = api.postMessage(owner, channelId, "read the rules");
        for (int i = 0; i < 40; i++) {
            api.postMessage(i % 2 == 0 ? owner : member, channelId, "filler " + i);
        }
        for (String id : List.of(farBack, rules)) {
            assertThat(api.post("/api/messages/" + id + "/pin", owner.token(), null).status()).isEqualTo(204);
        }
        signIn(50);
        assertThat(inView("read the rules")).as("scrolled out of sight above").isFalse();
        assertThat(alice.messages()).as("not loaded: older than the page").doesNotContain("far back");

        // loaded: the list scrolls to it, highlights it, and the keyboard is on it
        jump("read the rules").click();
        wait(alice).until(d -> d.findElements(By.id("pins-panel")).isEmpty());
        wait(alice).until(d -> inView("read the rules"));
        assertThat(item("read the rules").getAttribute("class")).contains("highlighted");
        assertThat(focusedText()).as("focus on %s", describe()).isEqualTo("read the rules");
        alice.screenshot("keys-pin-jump");

        // not loaded: its message link opens the page around it
        jump("far back").sendKeys(Keys.ENTER);
        wait(alice).until(d -> alice.messages().contains("far back") && inView("far back"));
        assertThat(item("far back").getAttribute("class")).contains("highlighted");
    }

    /** Opens the pins panel; the Jump button of the pin with that text. */
    private static WebElement jump(String content) {
        alice.driver().findElement(By.id("pins-button")).click();
        By button = By.xpath("//section[@id='pins-panel']//li[contains(@class,'message')]"
                + "[.//div[contains(@class,'message-content')][normalize-space(.)='" + content + "']]//button[@class='pin-jump']");
        WebElement jump = wait(alice).until(ExpectedConditions.elementToBeClickable(button));
        assertThat(jump.getText()).isEqualTo("Jump");
        return jump;
    }

    // ---------- what a person does and sees ----------

    private static WebDriverWait wait(ChatBrowser browser) {
        return (WebDriverWait) new WebDriverWait(browser.driver(), ChatBrowser.PATIENCE)
                .ignoring(StaleElementReferenceException.class);
    }

    private static void press(CharSequence keys) {
        new Actions(alice.driver()).sendKeys(keys).perform();
    }

    /** Shift+Tab, the Shift held while Tab is pressed. */
    private static void shiftTab() {
        new Actions(alice.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    private static WebElement focused() {
        return alice.driver().switchTo().activeElement();
    }

    private static boolean inList() {
        return Boolean.TRUE.equals(alice.js("return !!document.activeElement.closest('#messages');"));
    }

    /** The text of the focused message, or null when the focus is not on a message itself. */
    private static String focusedText() {
        return (String) alice.js("var a = document.activeElement;"
                + " return a.matches('#messages li.message') ? a.querySelector('.message-content').textContent.trim() : null;");
    }

    /** Where the focus is: a message's text and what in it, or the element's id or label. */
    private static String describe() {
        return (String) alice.js("var a = document.activeElement, m = a.closest('#messages li.message');"
                + " var what = a.id || a.getAttribute('aria-label') || a.tagName;"
                + " return m ? m.querySelector('.message-content').textContent.trim() + ': ' + what : what;");
    }

    /** The messages in the Tab order (tabindex 0) inside the list. */
    private static List<String> tabStopsInTheList() {
        List<WebElement> stops = alice.driver().findElements(By.cssSelector("#messages [tabindex='0']"));
        return stops.stream().map(s -> s.getAttribute("class").contains("message")
                ? s.findElement(By.cssSelector(".message-content")).getText() : s.getTagName()).toList();
    }

    private static WebElement item(String content) {
        return alice.driver().findElement(By.xpath("//div[@id='messages']//li[contains(@class,'message')]"
                + "[.//div[contains(@class,'message-content')][normalize-space(.)='" + content + "']]"));
    }

    private static boolean inView(String content) {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) alice.driver()).executeScript(
                "var r = arguments[0].getBoundingClientRect(), b = document.getElementById('messages').getBoundingClientRect();"
                        + " return r.top >= b.top && r.bottom <= b.bottom;", item(content)));
    }
}
