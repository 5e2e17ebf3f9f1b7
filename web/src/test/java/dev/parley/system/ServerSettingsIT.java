package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administration pages in a real browser on the real WAR: member actions in the chat page's
 * member list, the server settings page (roles, members) and the channel settings page
 * (overwrites, "check a member"); who sees the gears; and axe-core on both settings pages.
 */
@ExtendWith(ArquillianExtension.class)
class ServerSettingsIT extends ParleyDeployment {

    @ArquillianResource
    URL base;

    private final List<ChatBrowser> browsers = new java.util.ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(ChatBrowser::close);
        browsers.clear();
    }

    private ChatBrowser signedIn(String name, Api.User user, String path) {
        ChatBrowser browser = new ChatBrowser(name, base);
        browsers.add(browser);
        browser.signIn(user.username(), ChatBrowser.PASSWORD);
        browser.waitForApp();
        browser.open(path);
        return browser;
    }

    private static void live(ChatBrowser browser) {
        browser.waitForApp();
        until(browser, "the live channel to open",
                () -> "open".equals(browser.js("return document.documentElement.getAttribute('data-live')")));
    }

    private static void until(ChatBrowser browser, String what, Supplier<Boolean> condition) {
        try {
            new WebDriverWait(browser.driver(), ChatBrowser.PATIENCE)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> condition.get());
        } catch (TimeoutException e) {
            browser.screenshot("server-settings-timeout");
            throw new AssertionError("waited in vain for " + what, e);
        }
    }

    private static WebElement visible(ChatBrowser browser, By by) {
        try {
            return new WebDriverWait(browser.driver(), ChatBrowser.PATIENCE)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(ExpectedConditions.elementToBeClickable(by));
        } catch (TimeoutException e) {
            browser.screenshot("server-settings-missing");
            throw new AssertionError("waited in vain for " + by, e);
        }
    }

    /** Clicks, waiting for the element to be there and clickable (ajax re-renders replace elements). */
    private static void click(ChatBrowser browser, By by) {
        for (int attempt = 0; ; attempt++) {
            try {
                visible(browser, by).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt > 3) {
                    throw e;
                }
            }
        }
    }

    private static String role(Api api, Api.User owner, String server, String name, String permissions) {
        return api.call("POST", "/api/servers/" + server + "/roles", owner.token(),
                "{\"name\":\"" + name + "\",\"permissions\":[" + permissions + "]}").json().getString("id");
    }

    @Test
    void aModeratorBansAMemberFromTheMemberListAndTheyAreToldLive() {
        Api api = new Api(base);
        Api.User owner = api.signUp("set_owner");
        Api.User moderator = api.signUp("set_mod");
        Api.User member = api.signUp("set_member");
        String server = api.createServer(owner, "Menu Hall");
        api.join(moderator, owner, server);
        api.join(member, owner, server);
        String mods = role(api, owner, server, "Moderators", "\"BAN_MEMBERS\"");
        assertThat(api.call("PUT", "/api/servers/" + server + "/members/" + moderator.id() + "/roles/" + mods,
                owner.token(), null).status()).isEqualTo(204);
        String general = api.firstChannel(owner, server);

        ChatBrowser banned = signedIn("banned", member, "/?server=" + server + "&channel=" + general);
        live(banned);
        assertThat(banned.driver().findElements(By.cssSelector("#member-list .member-more[data-user-id='"
                + owner.id() + "']"))).as("a member without permissions gets no actions on others").isEmpty();
        ChatBrowser mod = signedIn("moderator", moderator, "/?server=" + server + "&channel=" + general);
        live(mod);
        assertThat(mod.driver().findElements(By.cssSelector("#member-list .member-more[data-user-id='"
                + owner.id() + "']"))).as("nobody acts on the owner").isEmpty();

        By more = By.cssSelector("#member-list .member-more[data-user-id='" + member.id() + "']");
        assertThat(visible(mod, more).getAttribute("aria-label")).isEqualTo("Actions for " + member.username());
        click(mod, more);
        visible(mod, By.id("member-actions-form:open-ban"));
        assertThat(mod.driver().findElements(By.id("member-actions-form:open-kick")))
                .as("the moderator may ban but not kick").isEmpty();
        click(mod, By.id("member-actions-form:open-ban"));
        mod.type(By.id("member-actions-form:ban-reason"), "spam");
        new Select(visible(mod, By.id("member-actions-form:ban-delete"))).selectByVisibleText("Previous hour");
        click(mod, By.id("member-actions-form:ban"));

        until(banned, "the ban to show", () -> !banned.driver().findElements(By.id("removed")).isEmpty());
        assertThat(banned.driver().findElement(By.cssSelector("#removed h2")).getText())
                .isEqualTo("You were banned from Menu Hall.");
        until(mod, "the banned member to leave the moderator's member list", () -> mod.driver()
                .findElements(By.cssSelector("#member-list li.member[data-user-id='" + member.id() + "']")).isEmpty());
        Api.Reply bans = api.get("/api/servers/" + server + "/bans", owner.token());
        assertThat(bans.array()).hasSize(1);
        assertThat(bans.array().getJsonObject(0).getString("reason")).isEqualTo("spam");
    }
}
