package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser UI as two people use it at once: two headless Chromium windows on the real WAR
 * (Payara Micro, PostgreSQL). What one types appears in the other's window without a reload.
 */
class TwoBrowsersChatIT extends ParleyDeployment {

    private static ChatBrowser alice;
    private static ChatBrowser bob;

    @BeforeEach
    void twoSignedOutBrowsers() {
        if (alice == null) {
            alice = new ChatBrowser("alice", base);
            bob = new ChatBrowser("bob", base);
        }
        for (ChatBrowser browser : new ChatBrowser[] {alice, bob}) {
            browser.open("/login.xhtml");
            browser.forgetSignIn();
        }
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
    void twoPeopleSignUpShareAServerAndSeeEachOthersMessagesWithoutReloading() {
        alice.signUp("alice");
        String server = "Book club " + UUID.randomUUID().toString().substring(0, 4);
        alice.createServer(server);
        assertThat(alice.channelTitle()).isEqualTo("general");
        assertThat(alice.url()).contains("server=");
        String[] invite = alice.createInvite();
        assertThat(invite[1]).endsWith("/invite/" + invite[0]);

        bob.signUp("bob");
        assertThat(bob.driver().findElements(By.id("no-servers"))).as("a newcomer is invited to create or join")
                .hasSize(1);
        bob.screenshot("newcomer");
        bob.joinWith(invite[1], server);
        assertThat(bob.channelTitle()).isEqualTo("general");
        // controls a member may not use are not shown: the same PermissionPolicy decides
        assertThat(alice.driver().findElements(By.id("add-channel"))).as("the owner may create channels").hasSize(1);
        assertThat(bob.driver().findElements(By.id("add-channel"))).as("@everyone may not manage channels").isEmpty();
        assertThat(bob.driver().findElements(By.id("invite-open:invite-button"))).as("@everyone may invite").hasSize(1);

        // a program in the same server, on the gateway, sees what is typed in the browser too
        Api api = new Api(base);
        Api.User bot = api.signUp("bot");
        assertThat(api.post("/api/servers/join/" + invite[0], bot.token(), null).status()).isEqualTo(200);
        try (GatewayClient botWs = GatewayClient.signedIn(base, bot)) {
            alice.markPage();
            bob.markPage();
            alice.send("Hello Bob, welcome!");
            bob.waitForMessage("Hello Bob, welcome!");
            var viaGateway = botWs.expect("message:new").getJsonObject("data").getJsonObject("message");
            assertThat(viaGateway.getString("content")).isEqualTo("Hello Bob, welcome!");
            assertThat(viaGateway.getJsonObject("author").getString("username")).startsWith("alice");
        }
        assertThat(bob.pageWasNotReloaded()).as("the message arrived without a reload").isTrue();
        assertThat(alice.messages()).containsExactly("Hello Bob, welcome!");
        assertThat(alice.composer().getAttribute("value")).as("the composer is emptied after sending").isEmpty();

        bob.send("Thanks Alice!");
        alice.waitForMessage("Thanks Alice!");
        assertThat(alice.pageWasNotReloaded()).isTrue();
        assertThat(alice.messages()).containsExactly("Hello Bob, welcome!", "Thanks Alice!");

        alice.composer().sendKeys("first line", Keys.chord(Keys.SHIFT, Keys.ENTER), "second line");
        alice.composer().sendKeys(Keys.ENTER);
        bob.waitForMessage("first line\nsecond line");
        assertThat(bob.messages()).containsExactly("Hello Bob, welcome!", "Thanks Alice!", "first line\nsecond line");
        assertThat(bob.pageWasNotReloaded()).isTrue();

        alice.screenshot("chat-alice");
        bob.screenshot("chat-bob");
    }

    @Test
    void markupInAMessageShowsAsTextAndRunsNothing() {
        Api api = new Api(base);
        Api.User owner = api.signUp("mallory");
        Api.User reader = api.signUp("ruth");
        String serverId = api.createServer(owner, "Markup");
        api.join(reader, owner, serverId);
        alice.signIn(owner.username(), ChatBrowser.PASSWORD);
        alice.waitForChannel();
        bob.signIn(reader.username() + "@example.test", ChatBrowser.PASSWORD);
        bob.waitForChannel();
        String title = bob.title();

        String image = "<img src=x onerror=\"window.__pwned='img'; document.title='pwned'\">";
        String script = "<script>window.__pwned='script'; document.title='pwned'; alert(1)</script>";
        alice.send(image);
        bob.waitForMessage(image);
        alice.send(script);
        bob.waitForMessage(script);
        alice.waitForMessage(script);

        for (ChatBrowser browser : new ChatBrowser[] {alice, bob}) {
            assertThat(browser.messages()).containsExactly(image, script);
            assertRanNothing(browser);
        }
        assertThat(bob.title()).isEqualTo(title);

        bob.driver().navigate().refresh();
        bob.waitForChannel();
        assertThat(bob.messages()).as("a full page load shows them as text too").containsExactly(image, script);
        assertRanNothing(bob);
    }

    private static void assertRanNothing(ChatBrowser browser) {
        assertThat(browser.js("return window.__pwned || null;")).isNull();
        assertThat(browser.title()).doesNotContain("pwned");
        assertThat(browser.driver().findElements(By.cssSelector("#messages img, #messages script"))).isEmpty();
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void aMessageArrivesLiveExactlyAsTypedAndNoPageAsksTheServerForIt() {
        Api api = new Api(base);
        Api.User owner = api.signUp("tess");
        Api.User reader = api.signUp("uma");
        String serverId = api.createServer(owner, "Exact");
        api.join(reader, owner, serverId);
        alice.signIn(owner.username(), ChatBrowser.PASSWORD);
        alice.waitForChannel();
        bob.signIn(reader.username(), ChatBrowser.PASSWORD);
        bob.waitForChannel();
        assertThat(bob.driver().findElements(By.cssSelector("#messages .channel-start"))).hasSize(1);
        alice.markPage();
        bob.markPage();
        alice.countRequests();
        bob.countRequests();

        String typed = "Tom & Jerry <b>bold</b> \"quoted\" 'single' &amp; &lt;3 < 2 > 1 </li></ol><i>";
        alice.send(typed);
        bob.waitForMessage(typed);
        assertThat(bob.messages()).containsExactly(typed);
        assertThat(bob.driver().findElements(By.cssSelector("#messages b, #messages i"))).isEmpty();
        assertThat(bob.driver().findElements(By.cssSelector("#messages .channel-start")))
                .as("the channel's welcome stays above its first message, as in Discord").hasSize(1);
        // pushes to one page arrive in order: once Bob's reply is on Alice's screen, so is her own push
        bob.send("got it");
        alice.waitForMessage("got it");
        bob.waitForMessage("got it");
        assertThat(alice.messages()).as("the sender sees her message once").containsExactly(typed, "got it");
        assertThat(bob.messages()).containsExactly(typed, "got it");
        assertThat(alice.requests()).as("the sender's page made one request: the send").isEqualTo(1);
        assertThat(bob.requests()).as("the reader's page made one request: his own send").isEqualTo(1);
        assertThat(alice.pageWasNotReloaded()).isTrue();
        assertThat(bob.pageWasNotReloaded()).isTrue();

        List<String> live = bob.driver().findElements(By.cssSelector("#messages li.message")).stream()
                .map(WebElement::getText).toList();
        bob.driver().navigate().refresh();
        bob.waitForChannel();
        assertThat(bob.driver().findElements(By.cssSelector("#messages li.message")).stream().map(WebElement::getText))
                .as("a message shown live looks as it does after a reload: author, time, text").containsExactlyElementsOf(live);
        bob.screenshot("live-exact-bob");
    }

    @Test
    void thePushChannelOpensOnlyForTheSignedInPageOfThisOrigin() {
        Api api = new Api(base);
        Api.User owner = api.signUp("vera");
        String serverId = api.createServer(owner, "Push");
        String channelId = api.firstChannel(owner, serverId);
        alice.signIn(owner.username(), ChatBrowser.PASSWORD);
        alice.waitForChannel();
        String cookie = alice.cookieHeader();
        String origin = base.getProtocol() + "://" + base.getAuthority();
        URI live = URI.create(origin.replaceFirst("^http", "ws") + alice.pushPath());
        URI otherChannel = URI.create(live.toString().replace("/jakarta.faces.push/live?", "/jakarta.faces.push/other?"));

        assertThat(PushClient.refusal(live, null, origin)).as("the token without the session cookie").isEqualTo(403);
        assertThat(PushClient.refusal(live, cookie, "http://evil.example")).as("from another site").isEqualTo(403);
        assertThat(PushClient.refusal(live, cookie, null)).as("without an Origin").isEqualTo(403);
        assertThat(PushClient.refusal(otherChannel, cookie, origin)).as("under another channel name").isEqualTo(403);

        try (PushClient push = PushClient.open(live, cookie, origin)) {
            assertThat(api.post("/api/channels/" + channelId + "/messages", owner.token(),
                    "{\"content\":\"<i>pushed</i>\"}").status()).isEqualTo(201);
            JsonObject notice = push.next("message:new");
            assertThat(notice.getString("channelId")).isEqualTo(channelId);
            assertThat(notice.getString("html")).contains("&lt;i&gt;pushed&lt;/i&gt;").doesNotContain("<i>");
        }
        alice.waitForMessage("<i>pushed</i>");
    }

    /** The push channel as a program would open it: the JDK's WebSocket client, with or without the page's cookie. */
    private static final class PushClient implements AutoCloseable {

        private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(ChatBrowser.PATIENCE).build();

        private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
        private final WebSocket socket;

        private PushClient(WebSocket.Builder builder, URI uri) throws ExecutionException, TimeoutException {
            StringBuilder partial = new StringBuilder();
            try {
                socket = builder.buildAsync(uri, new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            texts.add(partial.toString());
                            partial.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(ChatBrowser.PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static WebSocket.Builder builder(String cookie, String origin) {
            WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(ChatBrowser.PATIENCE);
            if (cookie != null) {
                builder.header("Cookie", cookie);
            }
            if (origin != null) {
                builder.header("Origin", origin);
            }
            return builder;
        }

        static PushClient open(URI uri, String cookie, String origin) {
            try {
                return new PushClient(builder(cookie, origin), uri);
            } catch (ExecutionException | TimeoutException e) {
                throw new AssertionError("the push channel did not open", e);
            }
        }

        /** The HTTP status the handshake was refused with; fails if the channel opened. */
        static int refusal(URI uri, String cookie, String origin) {
            try (PushClient opened = new PushClient(builder(cookie, origin), uri)) {
                throw new AssertionError("the push channel opened for " + uri + " (cookie " + (cookie != null)
                        + ", Origin " + origin + ")");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof WebSocketHandshakeException refused) {
                    return refused.getResponse().statusCode();
                }
                throw new AssertionError("the handshake failed otherwise", e);
            } catch (TimeoutException e) {
                throw new AssertionError("no answer to the handshake", e);
            }
        }

        /** The next notice of this event (Faces wraps each in {"data": …}); fails after a while. */
        JsonObject next(String event) {
            long until = System.nanoTime() + ChatBrowser.PATIENCE.toNanos();
            try {
                while (System.nanoTime() < until) {
                    String text = texts.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
                    if (text == null) {
                        break;
                    }
                    JsonObject notice = Json.createReader(new StringReader(text)).readObject().getJsonObject("data");
                    if (event.equals(notice.getString("event", null))) {
                        return notice;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new AssertionError("no " + event + " notice on the push channel");
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null);
            socket.abort();
        }
    }

    @Test
    void aMessageLandsOnlyInTheChannelItWasSentTo() {
        Api api = new Api(base);
        Api.User owner = api.signUp("olga");
        Api.User member = api.signUp("pavel");
        String serverId = api.createServer(owner, "Channels");
        api.join(member, owner, serverId);
        alice.signIn(owner.username(), ChatBrowser.PASSWORD);
        alice.waitForChannel();
        String channel = "random-" + UUID.randomUUID().toString().substring(0, 4);
        alice.createChannel(channel);
        assertThat(alice.messages()).isEmpty();

        bob.signIn(member.username(), ChatBrowser.PASSWORD);
        bob.waitForChannel();
        assertThat(bob.channelTitle()).isEqualTo("general");
        bob.markPage();

        alice.send("only in " + channel);
        alice.waitForMessage("only in " + channel);
        new WebDriverWait(bob.driver(), ChatBrowser.PATIENCE).withMessage("the other channel is marked unread")
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#channel-list a.channel.unread")));
        alice.switchTo("general");
        alice.send("back in general");
        bob.waitForMessage("back in general");
        assertThat(bob.messages()).containsExactly("back in general");
        assertThat(bob.pageWasNotReloaded()).isTrue();

        bob.switchTo(channel);
        assertThat(bob.messages()).containsExactly("only in " + channel);
        assertThat(bob.url()).contains("channel=");
        bob.driver().navigate().refresh();
        bob.waitForChannel();
        assertThat(bob.channelTitle()).as("the channel is in the URL, so a reload stays there").isEqualTo(channel);
    }

    @Test
    void signedOutVisitorsSignInFirstAndAnInviteLinkStillWorksAfterwards() {
        Api api = new Api(base);
        Api.User owner = api.signUp("quinn");
        String serverId = api.createServer(owner, "Link club");
        String code = api.post("/api/servers/" + serverId + "/invite", owner.token(), "{}").json().getString("code");

        bob.open("/");
        assertThat(bob.url()).contains("/login.xhtml");
        bob.signIn(owner.username(), "not the password");
        new WebDriverWait(bob.driver(), ChatBrowser.PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("signin:messages"), "Wrong login or password."));
        assertThat(bob.visibleText()).doesNotContain("Exception").doesNotContain("at dev.parley");
        bob.screenshot("sign-in-refused");

        bob.js("document.querySelector(\"#signin input[name='jakarta.faces.ViewState']\").value = 'forged';");
        bob.driver().findElement(By.id("signin:submit")).click();
        new WebDriverWait(bob.driver(), ChatBrowser.PATIENCE).withMessage("a forged or stale form shows a friendly page")
                .until(d -> bob.visibleText().contains("This page has expired"));
        assertThat(bob.visibleText()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at jakarta.");

        // the invite link shows its server to a signed-out visitor, with sign-in and sign-up on the same page
        bob.open("/invite/" + code);
        assertThat(bob.url()).contains("/join.xhtml?code=" + code);
        assertThat(bob.driver().findElement(By.id("invite-server-name")).getText()).isEqualTo("Link club");
        assertThat(bob.driver().findElement(By.id("invite-members")).getText()).isEqualTo("1 member");
        assertThat(bob.visibleText()).contains(owner.username() + " invited you to join");
        assertThat(bob.driver().findElement(By.id("signin:login")).isDisplayed()).isTrue();
        assertThat(bob.driver().findElement(By.id("signup:email")).isDisplayed()).as("sign-up waits behind its link").isFalse();
        bob.driver().findElement(By.id("signin:to-register")).click();
        assertThat(bob.driver().findElement(By.id("signin:login")).isDisplayed()).isFalse();
        bob.type(By.id("signup:email"), "taken-" + UUID.randomUUID() + "@example.test");
        bob.type(By.id("signup:username"), owner.username());
        bob.type(By.id("signup:password"), ChatBrowser.PASSWORD);
        bob.driver().findElement(By.id("signup:submit")).click();
        new WebDriverWait(bob.driver(), ChatBrowser.PATIENCE).withMessage("a taken username is named next to its field")
                .until(d -> d.findElement(By.id("signup")).getText().contains("Username is already taken"));

        bob.type(By.id("signup:username"), "sam_" + UUID.randomUUID().toString().substring(0, 8));
        bob.driver().findElement(By.id("signup:submit")).click();
        bob.waitForApp();
        assertThat(bob.driver().findElement(By.id("server-name")).getText()).isEqualTo("Link club");

        // a member who opens the invite again accepts it and is taken to the server, as a signed-in newcomer would be
        bob.open("/join.xhtml?code=" + code);
        assertThat(bob.driver().findElement(By.id("invite-members")).getText()).isEqualTo("2 members");
        bob.driver().findElement(By.id("accept:accept-invite")).click();
        bob.waitForApp();
        assertThat(bob.driver().findElement(By.id("server-name")).getText()).isEqualTo("Link club");

        bob.open("/join.xhtml?code=nonsense");
        assertThat(bob.visibleText()).contains("This invite is invalid or has expired.");

        bob.open("/");
        bob.signOut();
        bob.open("/");
        assertThat(bob.url()).as("signing out ends the session").contains("/login.xhtml");
    }

    @Test
    void markdownIsFormattedWhereverAMessageComesFromAndItsScriptsRunNothing() {
        Api api = new Api(base);
        Api.User owner = api.signUp("marta");
        Api.User reader = api.signUp("nils");
        String serverId = api.createServer(owner, "Markdown");
        String channelId = api.firstChannel(owner, serverId);
        api.join(reader, owner, serverId);
        alice.signIn(owner.username(), ChatBrowser.PASSWORD);
        alice.waitForChannel();
        bob.signIn(reader.username(), ChatBrowser.PASSWORD);
        bob.waitForChannel();
        String title = bob.title();

        // typed in Alice's composer: she sees the send's answer, Bob the push
        alice.send("**bold** __under__ ~~gone~~ `x < y` ||the butler|| [the docs](https://docs.example/guide)"
                + " [click](javascript:window.__pwned='link') [data](data:text/html,<script>alert(1)</script>)"
                + " <img src=x onerror=\"window.__pwned='img'\"> <script>window.__pwned='script'</script>"
                + " ![cat](https://images.example/cat.png)");
        alice.waitForMessageCount(1); // stored before the next one, so it is the first in the list
        // posted by a program, with a code block: both see the push
        String code = "```java\nclass Hello { int x = 1; }\n```\n> quoted\nanswer";
        assertThat(api.post("/api/channels/" + channelId + "/messages", owner.token(),
                Json.createObjectBuilder().add("content", code).build().toString()).status()).isEqualTo(201);
        for (ChatBrowser browser : new ChatBrowser[] {alice, bob}) {
            browser.waitForMessageCount(2);
            assertFormatted(browser);
        }
        assertThat(bob.title()).isEqualTo(title);
        bob.screenshot("markdown-bob");

        // the spoiler: hidden until clicked, or activated from the keyboard
        WebElement spoiler = bob.driver().findElement(By.cssSelector("#messages .spoiler"));
        WebElement hidden = spoiler.findElement(By.cssSelector(".spoiler-text"));
        assertThat(hidden.isDisplayed()).as("a spoiler's text is hidden").isFalse();
        assertThat(spoiler.getAttribute("role")).isEqualTo("button");
        spoiler.click();
        assertThat(hidden.isDisplayed()).as("and shown once clicked").isTrue();
        assertThat(hidden.getText()).isEqualTo("the butler");
        assertThat(spoiler.getAttribute("role")).as("then it is text, no longer a button").isNull();

        WebElement byKeyboard = alice.driver().findElement(By.cssSelector("#messages .spoiler"));
        alice.js("document.querySelector('#messages .spoiler').focus();");
        new Actions(alice.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(byKeyboard.findElement(By.cssSelector(".spoiler-text")).isDisplayed()).as("Enter reveals it too")
                .isTrue();
        assertThat(alice.messages()).as("the Enter went to the spoiler, not the composer").hasSize(2);

        bob.driver().navigate().refresh();
        bob.waitForChannel();
        bob.waitForMessageCount(2);
        assertFormatted(bob);
        assertThat(bob.driver().findElement(By.cssSelector("#messages .spoiler-text")).isDisplayed())
                .as("a reload hides it again").isFalse();
    }

    private static void assertFormatted(ChatBrowser browser) {
        WebElement first = browser.driver().findElements(By.cssSelector("#messages .message-content")).get(0);
        assertThat(first.findElement(By.tagName("strong")).getText()).isEqualTo("bold");
        assertThat(first.findElement(By.tagName("u")).getText()).isEqualTo("under");
        assertThat(first.findElement(By.tagName("s")).getText()).isEqualTo("gone");
        assertThat(first.findElement(By.tagName("code")).getText()).isEqualTo("x < y");
        WebElement docs = first.findElement(By.cssSelector("a[href='https://docs.example/guide']"));
        assertThat(docs.getText()).as("a link shows where it goes").isEqualTo("the docs (docs.example)");
        assertThat(docs.getAttribute("rel")).isEqualTo("noopener noreferrer nofollow");
        assertThat(docs.getAttribute("target")).isEqualTo("_blank");
        assertThat(docs.getAttribute("title")).isEqualTo("https://docs.example/guide");
        WebElement cat = first.findElement(By.cssSelector("a[href='https://images.example/cat.png']"));
        assertThat(cat.getText()).as("an image is a link, never loaded").isEqualTo("cat (images.example)");
        assertThat(first.getText()).contains("click data <img src=x onerror=\"window.__pwned='img'\"> "
                + "<script>window.__pwned='script'</script>");
        for (WebElement link : browser.driver().findElements(By.cssSelector("#messages a"))) {
            assertThat(link.getAttribute("href")).startsWith("https://");
            assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer nofollow");
        }

        WebElement second = browser.driver().findElements(By.cssSelector("#messages .message-content")).get(1);
        WebElement code = second.findElement(By.cssSelector("pre > code.language-java"));
        assertThat(code.getText()).isEqualTo("class Hello { int x = 1; }");
        assertThat(code.getAttribute("class")).as("highlight.js coloured it").contains("hljs");
        assertThat(code.findElements(By.cssSelector(".hljs-keyword"))).isNotEmpty();
        assertThat(second.findElement(By.tagName("blockquote")).getText()).isEqualTo("quoted");
        assertThat(second.findElement(By.cssSelector("blockquote + p")).getText()).isEqualTo("answer");
        String highlighter = (String) browser.js("var s = document.querySelector(\"script[src*='highlight.min.js']\");"
                + " return s ? s.src : null;");
        assertThat(highlighter).as("highlight.js comes from the application itself")
                .startsWith(browser.url().replaceFirst("^(https?://[^/]+).*$", "$1") + "/");
        assertRanNothing(browser);
    }

    @Test
    void whileOnePersonTypesTheOtherSeesItAndTheMemberListShowsWhoIsOnlineLive() {
        Api api = new Api(base);
        Api.User owner = api.signUp("vera");
        Api.User reader = api.signUp("walt");
        String serverId = api.createServer(owner, "Typing");
        api.join(reader, owner, serverId);
        bob.signIn(reader.username(), ChatBrowser.PASSWORD);
        bob.waitForChannel();
        assertThat(bob.memberStatus(reader.username())).as("one's own page makes one online").isEqualTo("online");
        assertThat(bob.memberStatus(owner.username())).isEqualTo("offline");
        alice.signIn(owner.username(), ChatBrowser.PASSWORD);
        alice.waitForChannel();
        bob.waitForMemberStatus(owner.username(), "online");
        assertThat(bob.listedOnline(owner.username())).as("moved to the online group").isTrue();
        bob.markPage();
        org.openqa.selenium.Dimension wide = bob.driver().manage().window().getSize();
        bob.driver().manage().window().setSize(new org.openqa.selenium.Dimension(760, wide.getHeight()));
        try {
            assertThat(bob.driver().findElement(By.id("member-list")).isDisplayed())
                    .as("below 800 px the member list takes no space").isFalse();
            assertThat(bob.composer().isDisplayed()).isTrue();
        } finally {
            bob.driver().manage().window().setSize(wide);
        }

        alice.composer().sendKeys("hello the");
        bob.waitForTypingLine(owner.username() + " is typing…");
        assertThat(alice.typingLine()).as("nobody is shown their own typing").isEmpty();
        bob.screenshot("typing-bob");
        alice.composer().sendKeys("re" + Keys.ENTER);
        bob.waitForMessage("hello there");
        assertThat(bob.typingLine()).as("the message ends the typing").isEmpty();

        alice.signOut();
        bob.waitForMemberStatus(owner.username(), "offline");
        assertThat(bob.listedOnline(owner.username())).isFalse();
        assertThat(bob.pageWasNotReloaded()).as("all of it arrived live").isTrue();
        bob.screenshot("members-bob");
    }

    @Test
    void aRussianReaderSeesTheChatInRussianWhileAnEnglishReaderSeesTheSameMessagesInEnglish() {
        Api api = new Api(base);
        Api.User owner = api.signUp("nina");
        Api.User reader = api.signUp("oleg");
        String serverId = api.createServer(owner, "Polyglots");
        api.join(reader, owner, serverId);
        try (ChatBrowser russian = new ChatBrowser("oleg", base, "ru")) {
            russian.signIn(reader.username(), ChatBrowser.PASSWORD);
            russian.waitForChannel();
            alice.signIn(owner.username(), ChatBrowser.PASSWORD);
            alice.waitForChannel();

            // the page and its dialogs in the browser's language
            assertThat(russian.js("return document.documentElement.lang;")).isEqualTo("ru");
            assertThat(russian.composer().getAttribute("placeholder")).isEqualTo("Написать в #general");
            assertThat(alice.composer().getAttribute("placeholder")).isEqualTo("Message #general");
            russian.driver().findElement(By.id("add-server")).click();
            WebElement dialogTitle = new WebDriverWait(russian.driver(), ChatBrowser.PATIENCE).until(ExpectedConditions
                    .visibilityOfElementLocated(By.cssSelector("#create-server-dialog .ui-dialog-title")));
            assertThat(dialogTitle.getText()).isEqualTo("Создать сервер");
            assertThat(russian.driver().findElement(By.id("create-server-form:create")).getText()).isEqualTo("Создать");
            russian.js("PF('createServerDialog').hide();");

            // who is typing: the sentence is each reader's, the name the typist's
            alice.composer().sendKeys("Hello from");
            russian.waitForTypingLine(owner.username() + " печатает…");
            alice.composer().sendKeys(" Nina" + Keys.ENTER);
            russian.waitForMessage("Hello from Nina");
            russian.composer().sendKeys("Привет");
            alice.waitForTypingLine(reader.username() + " is typing…");
            russian.composer().sendKeys(Keys.ENTER);
            alice.waitForMessage("Привет");

            // one pushed rendering of an edit for both: each page words it in its own language
            String id = messageId(alice, "Hello from Nina");
            assertThat(api.put("/api/messages/" + id, owner.token(), "{\"content\":\"Hello from Nina!\"}").status())
                    .isEqualTo(200);
            alice.waitForMessage("Hello from Nina!");
            russian.waitForMessage("Hello from Nina!");
            ChatBrowser.until(russian, "the edit marked in Russian", () -> "(изменено)".equals(text(russian, id, ".message-edited")));
            ChatBrowser.until(alice, "the edit marked in English", () -> "(edited)".equals(text(alice, id, ".message-edited")));

            // the time a message was written, as each reader's language says it, in the browser's zone
            java.time.ZonedDateTime at = java.time.Instant.parse((String) russian.js("return document.querySelector("
                    + "\"#messages li.message[data-message-id='" + id + "'] time.message-time\").getAttribute('datetime');"))
                    .atZone(java.time.ZoneId.systemDefault());
            boolean today = at.toLocalDate().equals(java.time.LocalDate.now());
            assertThat(text(russian, id, "time.message-time")).isEqualTo((today ? "Сегодня в " : "Вчера в ")
                    + at.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")));
            assertThat(text(alice, id, "time.message-time")).startsWith(today ? "Today at " : "Yesterday at ")
                    .contains(at.format(java.time.format.DateTimeFormatter.ofPattern(":mm")));
            russian.screenshot("russian-chat");
            alice.screenshot("english-chat-beside-russian");
        }
    }

    /** The id of the message with that content on the browser's page. */
    private static String messageId(ChatBrowser browser, String content) {
        return browser.driver().findElements(By.cssSelector("#messages li.message")).stream()
                .filter(m -> m.findElement(By.cssSelector(".message-content")).getText().equals(content))
                .map(m -> m.getAttribute("data-message-id")).findFirst().orElseThrow();
    }

    /** The text of an element of a message on the browser's page, exactly as the page wrote it. */
    private static String text(ChatBrowser browser, String messageId, String selector) {
        return (String) browser.js("var e = document.querySelector(\"#messages li.message[data-message-id='" + messageId
                + "'] " + selector + "\"); return e ? e.textContent : null;");
    }

    @Test
    void signInSignUpAndAFullChatPageHaveNoCriticalOrSeriousAccessibilityViolations() {
        alice.open("/login.xhtml");
        assertThat(alice.seriousAccessibilityViolations()).as("sign-in page").isEmpty();
        alice.open("/register.xhtml");
        assertThat(alice.seriousAccessibilityViolations()).as("sign-up page").isEmpty();
        // the sign-in page with its error shown, the invite page as a signed-out visitor sees it
        alice.signIn("nobody-" + UUID.randomUUID(), "wrong password");
        new WebDriverWait(alice.driver(), ChatBrowser.PATIENCE).until(d -> d.findElement(By.id("signin")).getText().length() > 0
                && !alice.driver().findElements(By.cssSelector("#signin .ui-messages-error, #signin .ui-message-error")).isEmpty());
        assertThat(alice.seriousAccessibilityViolations()).as("sign-in page with an error").isEmpty();

        Api api = new Api(base);
        Api.User owner = api.signUp("ines");
        Api.User member = api.signUp("jon");
        String serverId = api.createServer(owner, "Accessible");
        api.join(member, owner, serverId);
        String code = api.post("/api/servers/" + serverId + "/invite", owner.token(), "{}").json().getString("code");
        alice.open("/join.xhtml?code=" + code);
        assertThat(alice.seriousAccessibilityViolations()).as("invite page").isEmpty();

        String channel = api.firstChannel(owner, serverId);
        for (int i = 0; i < 30; i++) {
            api.postMessage(i % 2 == 0 ? owner : member, channel, "so many messages that the list scrolls, " + i);
        }
        String first = api.postMessage(owner, channel, "**Welcome** to _the_ channel, @" + member.username()
                + "\n> a quote\n```java\nclass A {}\n```\n||spoiler|| and https://example.test/x");
        api.postMessage(member, channel, "Thanks! `code` and ~~strike~~");
        api.post("/api/messages/" + first + "/reply", member.token(), "{\"content\":\"a reply\"}");
        api.put("/api/messages/" + first + "/reactions/%F0%9F%91%8D/@me", member.token(), null);
        api.post("/api/messages/" + first + "/pin", owner.token(), null);
        bob.signIn(member.username(), ChatBrowser.PASSWORD);
        bob.waitForChannel();
        bob.waitForMessageCount(33);
        assertThat(bob.seriousAccessibilityViolations()).as("chat page with messages").isEmpty();
        // focus put on the list goes on to its one focusable message (message-keys.js); Home goes to the oldest
        bob.driver().findElement(By.id("messages")).sendKeys(Keys.HOME);
        assertThat(bob.js("var a = document.activeElement; return a.matches('#messages li.message')"
                + " && a === document.querySelector('#messages li.message');")).as("the list is reached by keyboard")
                .isEqualTo(true);
        assertThat(bob.seriousAccessibilityViolations()).as("chat page, a message focused").isEmpty();
        bob.screenshot("accessible-chat-bob");

        // Home with a direct conversation, and the chat at a phone's width with its drawer open
        api.postJson("/api/users/me/dms", owner.token(), jakarta.json.Json.createObjectBuilder()
                .add("userIds", jakarta.json.Json.createArrayBuilder().add(member.id())).build());
        bob.open("/?home=1");
        bob.waitForApp();
        assertThat(bob.seriousAccessibilityViolations()).as("Home").isEmpty();
        org.openqa.selenium.Dimension wide = bob.driver().manage().window().getSize();
        try {
            bob.driver().manage().window().setSize(new org.openqa.selenium.Dimension(400, 800));
            bob.open("/channels/" + serverId + "/" + channel);
            bob.waitForChannel();
            assertThat(bob.seriousAccessibilityViolations()).as("chat page at 400 px").isEmpty();
            bob.driver().findElement(By.id("drawer-button")).click();
            new WebDriverWait(bob.driver(), ChatBrowser.PATIENCE)
                    .until(d -> "true".equals(d.findElement(By.id("drawer-button")).getAttribute("aria-expanded")));
            assertThat(bob.seriousAccessibilityViolations()).as("the drawer open").isEmpty();
        } finally {
            bob.driver().manage().window().setSize(wide);
        }
    }
}
