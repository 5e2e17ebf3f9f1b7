package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What moderation and permission changes look like in the chat page of the person they concern,
 * live, in a real browser on the real WAR: a member a moderator bans is taken out of the server at
 * once, and the messages the ban deletes leave the others' screens; a channel one may no longer see leaves the channel list (and the page leaves it); a new
 * channel appears.
 */
class ServerLiveIT extends ParleyDeployment {

    private final OpenBrowsers browsers = new OpenBrowsers();

    @AfterEach
    void closeBrowsers() {
        browsers.closeAll();
    }

    private ChatBrowser signedIn(String name, Api.User user, String path) {
        ChatBrowser browser = browsers.signedIn(base, name, user, path);
        browser.waitForLive();
        return browser;
    }

    private static void until(ChatBrowser browser, String what, Supplier<Boolean> condition) {
        ChatBrowser.until(browser, what, condition);
    }

    private static boolean listsChannel(ChatBrowser browser, String name) {
        return !browser.driver().findElements(By.xpath("//ul[@id='channel-list']//a[.//span[@class='channel-name' and text()='"
                + name + "']]")).isEmpty();
    }

    @Test
    void aMemberAModeratorBansIsTakenOutOfTheServerInTheirOwnBrowser() {
        Api api = new Api(base);
        Api.User owner = api.signUp("live_owner");
        Api.User moderator = api.signUp("live_mod");
        Api.User member = api.signUp("live_member");
        String server = api.createServer(owner, "Ban Hall");
        api.join(moderator, owner, server);
        api.join(member, owner, server);
        String role = api.call("POST", "/api/servers/" + server + "/roles", owner.token(),
                "{\"name\":\"Moderators\",\"permissions\":[\"BAN_MEMBERS\"]}").json().getString("id");
        assertThat(api.call("PUT", "/api/servers/" + server + "/members/" + moderator.id() + "/roles/" + role,
                owner.token(), null).status()).isEqualTo(204);
        String general = api.firstChannel(owner, server);
        api.postMessage(owner, general, "welcome, everyone");
        api.postMessage(member, general, "cheap watches");
        api.postMessage(member, general, "cheap watches, again");
        api.postMessage(member, general, "last chance for cheap watches");

        ChatBrowser watcher = signedIn("watcher", owner, "/?server=" + server + "&channel=" + general);
        ChatBrowser page = signedIn("banned", member, "/?server=" + server + "&channel=" + general);
        until(watcher, "the member in the owner's member list", () -> !watcher.driver()
                .findElements(By.cssSelector("#member-list li.member[data-user-id='" + member.id() + "']")).isEmpty());
        assertThat(page.driver().findElements(By.cssSelector(".server-rail a[data-server-id='" + server + "']"))).hasSize(1);
        watcher.waitForMessage("last chance for cheap watches");
        watcher.markPage();

        Api.Reply ban = api.put("/api/servers/" + server + "/bans/" + member.id(), moderator.token(),
                "{\"reason\":\"spam\",\"deleteMessageSeconds\":3600}");
        assertThat(ban.status()).as(ban.toString()).isEqualTo(204);

        // the banned member's messages go from the others' screens at once (one message:delete-bulk)
        until(watcher, "the banned member's messages to vanish", () -> watcher.messages().equals(
                java.util.List.of("welcome, everyone")));
        assertThat(watcher.pageWasNotReloaded()).as("removed live, not by a reload").isTrue();

        until(page, "the ban to show", () -> !page.driver().findElements(By.id("removed")).isEmpty());
        assertThat(page.driver().findElement(By.cssSelector("#removed h2")).getText())
                .isEqualTo("You were banned from Ban Hall.");
        assertThat(page.driver().findElements(By.cssSelector(".server-rail a[data-server-id='" + server + "']")))
                .as("the server left the rail").isEmpty();
        assertThat(page.driver().findElements(By.id("composer"))).as("nothing more to post there").isEmpty();
        assertThat(page.driver().findElements(By.id("channel-list"))).isEmpty();
        until(watcher, "the banned member to leave the others' member list", () -> watcher.driver()
                .findElements(By.cssSelector("#member-list li.member[data-user-id='" + member.id() + "']")).isEmpty());

        page.driver().findElement(By.id("removed-continue")).click();
        page.waitForApp();
        assertThat(page.driver().findElements(By.cssSelector(".server-rail a[data-server-id='" + server + "']")))
                .as("after a reload too").isEmpty();
    }

    @Test
    void aChannelOneMayNoLongerSeeLeavesTheListAndTheNewOneAppears() {
        Api api = new Api(base);
        Api.User owner = api.signUp("live_owner");
        Api.User member = api.signUp("live_reader");
        String server = api.createServer(owner, "Rooms");
        api.join(member, owner, server);
        String secret = api.post("/api/servers/" + server + "/channels", owner.token(), "{\"name\":\"secret\"}")
                .json().getString("id");

        ChatBrowser page = signedIn("reader", member, "/?server=" + server + "&channel=" + secret);
        assertThat(listsChannel(page, "secret")).isTrue();

        assertThat(api.post("/api/servers/" + server + "/channels", owner.token(), "{\"name\":\"fresh\"}").status())
                .isEqualTo(201);
        until(page, "the new channel to appear", () -> listsChannel(page, "fresh"));

        assertThat(api.put("/api/channels/" + secret + "/overwrites/" + member.id(), owner.token(),
                "{\"type\":\"member\",\"deny\":[\"VIEW_CHANNEL\"]}").status()).isEqualTo(204);
        until(page, "the page to say the channel is gone", () -> !page.driver().findElements(By.id("place-gone")).isEmpty()
                || !page.url().contains(secret));
        until(page, "the page to leave the channel", () -> !page.url().contains(secret));
        page.waitForApp();
        assertThat(listsChannel(page, "secret")).isFalse();
        assertThat(listsChannel(page, "general")).isTrue();
        assertThat(page.driver().findElement(By.id("channel-title")).getText()).isEqualTo("general");
    }
}
