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

    private final OpenBrowsers browsers = new OpenBrowsers();

    @AfterEach
    void closeBrowsers() {
        browsers.closeAll();
    }

    private ChatBrowser signedIn(String name, Api.User user, String path) {
        return browsers.signedIn(base, name, user, path);
    }

    private static void live(ChatBrowser browser) {
        browser.waitForLive();
    }

    private static void until(ChatBrowser browser, String what, Supplier<Boolean> condition) {
        ChatBrowser.until(browser, what, condition);
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

        // a right click on one of the member's messages offers the same actions on its author
        String said = api.postMessage(member, general, "cheap watches, click here");
        By message = By.cssSelector("li.message[data-message-id='" + said + "'] .message-content");
        new org.openqa.selenium.interactions.Actions(mod.driver()).contextClick(visible(mod, message)).perform();
        visible(mod, By.id("member-actions-form:open-ban"));
        mod.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        until(mod, "the dialog to close", () -> !mod.driver().findElement(By.id("member-dialog")).isDisplayed());

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

    @Test
    void theOwnerCreatesARoleWithTogglesAndGivesItToAMember() {
        Api api = new Api(base);
        Api.User owner = api.signUp("set_owner");
        Api.User member = api.signUp("set_member");
        String server = api.createServer(owner, "Role Hall");
        api.join(member, owner, server);
        String general = api.firstChannel(owner, server);
        String greeters = role(api, owner, server, "Greeters", "\"ADD_REACTIONS\"");

        ChatBrowser page = signedIn("owner", owner, "/?server=" + server + "&channel=" + general);
        page.waitForApp();
        click(page, By.id("server-settings"));
        until(page, "the settings page", () -> page.url().contains("settings.xhtml"));
        assertThat(page.seriousAccessibilityViolations()).as("the overview").isEmpty();
        click(page, By.cssSelector(".settings-nav a[data-tab='roles']"));
        click(page, By.id("roles-form:create-role"));
        visible(page, By.id("role-editor:name")).clear();
        page.type(By.id("role-editor:name"), "Helpers");
        page.type(By.id("role-editor:color"), "#3ba55c");
        for (String permission : List.of("KICK_MEMBERS", "MANAGE_MESSAGES")) {
            click(page, By.cssSelector("#role-editor input[data-permission='" + permission + "']"));
        }
        assertThat(page.seriousAccessibilityViolations()).as("the role editor").isEmpty();
        click(page, By.id("role-editor:save-role"));
        until(page, "the role in the list", () -> page.driver().findElements(By.cssSelector("#role-table .role-name"))
                .stream().anyMatch(e -> e.getText().equals("Helpers")));
        var roles = api.get("/api/servers/" + server + "/roles", owner.token()).array();
        var helpers = roles.stream().map(v -> v.asJsonObject()).filter(r -> r.getString("name").equals("Helpers"))
                .findFirst().orElseThrow();
        assertThat(helpers.getString("color")).isEqualTo("#3ba55c");
        assertThat(helpers.getJsonArray("permissions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)).contains("KICK_MEMBERS", "MANAGE_MESSAGES");

        // the new role is the lowest; dragged onto the upper half of Greeters' row, it goes above them
        assertThat(position(api, owner, server, helpers.getString("id"))).isEqualTo(1);
        page.js("var src = document.querySelector(\"#role-table tr[data-role-id='" + helpers.getString("id") + "']\");"
                + "var dst = document.querySelector(\"#role-table tr[data-role-id='" + greeters + "']\");"
                + "var dt = new DataTransfer(); var y = dst.getBoundingClientRect().top + 2;"
                + "src.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: dt}));"
                + "dst.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: dt, clientY: y}));"
                + "dst.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: dt, clientY: y}));"
                + "src.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: dt}));");
        until(page, "the dragged order to be saved", () -> position(api, owner, server, helpers.getString("id")) == 2);
        assertThat(position(api, owner, server, greeters)).isEqualTo(1);
        until(page, "the list to show it", () -> page.driver().findElements(By.cssSelector("#role-table .role-name"))
                .get(0).getText().equals("Helpers"));

        click(page, By.cssSelector(".settings-nav a[data-tab='members']"));
        By row = By.cssSelector("#member-table tr[data-user-id='" + member.id() + "']");
        click(page, By.cssSelector("#member-table tr[data-user-id='" + member.id() + "'] .member-actions"));
        click(page, By.id("member-actions-form:open-roles"));
        click(page, By.cssSelector("#member-actions-form .role-toggle[data-role-id='" + helpers.getString("id") + "']"));
        until(page, "the role in the member's row", () -> page.driver().findElement(row)
                .findElement(By.cssSelector(".member-roles")).getText().equals("Helpers"));
        assertThat(visible(page, By.cssSelector("#member-actions-form .role-toggle[data-role-id='"
                + helpers.getString("id") + "']")).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(page.seriousAccessibilityViolations()).as("the members and the dialog").isEmpty();
        assertThat(api.get("/api/servers/" + server + "/members/" + member.id(), owner.token()).json()
                .getJsonArray("roles").getString(0)).isEqualTo(helpers.getString("id"));

        click(page, By.cssSelector("#member-dialog .ui-dialog-titlebar-close"));
        until(page, "the dialog to close", () -> !page.driver().findElement(By.id("member-dialog")).isDisplayed());
        click(page, By.cssSelector(".settings-nav a[data-tab='audit']"));
        visible(page, By.id("audit-table"));
        assertThat(page.driver().findElements(By.cssSelector("#audit-table tr.audit-row")).get(0)
                .getAttribute("data-action")).as("newest first").isEqualTo("member.role.add");
    }

    @Test
    void aDenyOverwriteOnTheChannelShowsInTheExplanation() {
        Api api = new Api(base);
        Api.User owner = api.signUp("set_owner");
        Api.User member = api.signUp("set_member");
        String server = api.createServer(owner, "Door Hall");
        api.join(member, owner, server);
        String general = api.firstChannel(owner, server);

        ChatBrowser page = signedIn("owner", owner, "/?server=" + server + "&channel=" + general);
        page.waitForApp();
        click(page, By.id("channel-settings"));
        until(page, "the channel settings page", () -> page.url().contains("channel-settings.xhtml"));
        assertThat(page.seriousAccessibilityViolations()).as("the channel overview").isEmpty();
        click(page, By.cssSelector(".settings-nav a[data-tab='permissions']"));
        new Select(visible(page, By.id("overwrites-form:new-target"))).selectByVisibleText(member.username());
        click(page, By.id("overwrites-form:add"));
        new Select(visible(page, By.cssSelector("#overwrite-editor select[data-permission='VIEW_CHANNEL']")))
                .selectByVisibleText("Deny");
        assertThat(page.seriousAccessibilityViolations()).as("the overwrite editor").isEmpty();
        click(page, By.id("overwrite-editor:save-overwrite"));
        until(page, "the overwrite in the list", () -> !page.driver().findElements(By.cssSelector(
                "#overwrite-table tr[data-key='member:" + member.id() + "'] .overwrite-deny")).isEmpty());
        assertThat(page.driver().findElement(By.cssSelector("#overwrite-table tr[data-key='member:" + member.id()
                + "'] .overwrite-deny")).getText()).isEqualTo("VIEW_CHANNEL");

        click(page, By.cssSelector(".settings-nav a[data-tab='check']"));
        new Select(visible(page, By.id("check-form:member"))).selectByVisibleText(member.username());
        new Select(visible(page, By.id("check-form:permission"))).selectByVisibleText("VIEW_CHANNEL");
        click(page, By.id("check-form:check"));
        visible(page, By.id("explain-steps"));
        assertThat(page.driver().findElement(By.id("explain-verdict")).getText())
                .isEqualTo(member.username() + " does not have VIEW_CHANNEL here.");
        assertThat(page.driver().findElements(By.cssSelector("#explain-steps li[data-step='overwrite']")))
                .singleElement().extracting(WebElement::getText).asString().contains("denies VIEW_CHANNEL");
        assertThat(page.seriousAccessibilityViolations()).as("the explanation").isEmpty();
    }

    @Test
    void aMemberWithoutPermissionsSeesNoGearAndASentenceOnTheSettingsPage() {
        Api api = new Api(base);
        Api.User owner = api.signUp("set_owner");
        Api.User member = api.signUp("set_member");
        String server = api.createServer(owner, "Plain Hall");
        api.join(member, owner, server);
        String general = api.firstChannel(owner, server);

        ChatBrowser page = signedIn("member", member, "/?server=" + server + "&channel=" + general);
        page.waitForApp();
        assertThat(page.driver().findElements(By.id("server-settings"))).isEmpty();
        assertThat(page.driver().findElements(By.id("channel-settings"))).isEmpty();

        page.open("/settings.xhtml?server=" + server);
        assertThat(visible(page, By.id("refusal")).getText())
                .isEqualTo("You don't have permission to change the settings of Plain Hall.");
        page.open("/channel-settings.xhtml?channel=" + general);
        assertThat(visible(page, By.id("refusal")).getText())
                .isEqualTo("You don't have permission to change the settings of #general.");
        page.open("/settings.xhtml?server=" + java.util.UUID.randomUUID());
        assertThat(visible(page, By.id("refusal")).getText())
                .isEqualTo("That server does not exist, or you are not a member of it.");
    }

    private static int position(Api api, Api.User owner, String server, String roleId) {
        return api.get("/api/servers/" + server + "/roles", owner.token()).array().stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("id").equals(roleId)).findFirst().orElseThrow().getInt("position");
    }
}
