package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administration pages in a real browser on the real WAR: member actions in the chat page's
 * member list and the settings page's member table (ban, kick, time-out, nickname), the server
 * settings page (roles, invites, bans, deleting the server, the audit log's filters and pages,
 * auto-moderation rules) and the channel settings page (slow mode, overwrites, "check a member");
 * who sees the gears; and axe-core on both settings pages. Each checks what the server then does.
 */
class ServerSettingsIT extends ParleyDeployment {

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
        // Escape closes it; pressed again while the dialog still shows (it may still be settling when first pressed)
        until(mod, "the dialog to close on Escape", () -> {
            if (!mod.driver().findElement(By.id("member-dialog")).isDisplayed()) {
                return true;
            }
            mod.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
            return !mod.driver().findElement(By.id("member-dialog")).isDisplayed();
        });

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
                + "'] .overwrite-deny")).getText()).as("the permission's label").isEqualTo("View channel");

        click(page, By.cssSelector(".settings-nav a[data-tab='check']"));
        new Select(visible(page, By.id("check-form:member"))).selectByVisibleText(member.username());
        new Select(visible(page, By.id("check-form:permission"))).selectByVisibleText("View channel");
        click(page, By.id("check-form:check"));
        visible(page, By.id("explain-steps"));
        assertThat(page.driver().findElement(By.id("explain-verdict")).getText())
                .isEqualTo(member.username() + " does not have “View channel” here.");
        assertThat(page.driver().findElements(By.cssSelector("#explain-steps li[data-step='overwrite']")))
                .singleElement().extracting(WebElement::getText).asString()
                .isEqualTo("An overwrite for " + member.username() + " on this channel denies “View channel”.");
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

    /** The sentences on top of the page (the chat page's and the settings pages' notices), once there are some. */
    private static String notices(ChatBrowser browser) {
        until(browser, "a notice", () -> !browser.driver().findElement(By.id("notices")).getText().isBlank());
        return browser.driver().findElement(By.id("notices")).getText();
    }

    private static List<String> contents(Api api, Api.User reader, String channel) {
        return api.get("/api/channels/" + channel + "/messages", reader.token()).array().stream()
                .map(v -> v.asJsonObject().getString("content", "")).toList();
    }

    @Test
    void slowModeChosenInChannelSettingsHoldsBackASecondPost() {
        Api api = new Api(base);
        Api.User owner = api.signUp("set_owner");
        Api.User member = api.signUp("set_member");
        String server = api.createServer(owner, "Slow Hall");
        api.join(member, owner, server);
        String general = api.firstChannel(owner, server);

        ChatBrowser settings = signedIn("owner", owner, "/channel-settings.xhtml?channel=" + general);
        new Select(visible(settings, By.id("overview-form:slow-mode"))).selectByVisibleText("1 minute");
        click(settings, By.id("overview-form:save"));
        until(settings, "the slow mode to be saved", () -> api.get("/api/channels/" + general, owner.token()).json()
                .getInt("slowModeSeconds") == 60);

        ChatBrowser chat = signedIn("member", member, "/?server=" + server + "&channel=" + general);
        live(chat);
        chat.send("first, and welcome");
        chat.waitForMessage("first, and welcome");
        chat.send("second, too soon");
        String notice = notices(chat);
        java.util.regex.Matcher wait = java.util.regex.Pattern.compile("Slow mode: you can post again in (\\d+) s\\.")
                .matcher(notice);
        assertThat(wait.find()).as(notice).isTrue();
        assertThat(Integer.parseInt(wait.group(1))).isBetween(1, 60);
        until(chat, "the text to be given back", () -> "second, too soon".equals(chat.composer().getAttribute("value")));
        assertThat(chat.messages()).doesNotContain("second, too soon");
        assertThat(contents(api, owner, general)).contains("first, and welcome").doesNotContain("second, too soon");
    }

    @Test
    void anInviteCreatedInSettingsOpensTheServerUntilItIsRevoked() {
        Api api = new Api(base);
        Api.User owner = api.signUp("set_owner");
        Api.User guest = api.signUp("set_guest");
        String server = api.createServer(owner, "Invite Hall");

        ChatBrowser page = signedIn("owner", owner, "/settings.xhtml?server=" + server + "&tab=invites");
        new Select(visible(page, By.id("invites-form:max-uses"))).selectByVisibleText("5 uses");
        new Select(visible(page, By.id("invites-form:max-age"))).selectByVisibleText("1 hour");
        click(page, By.id("invites-form:temporary"));
        java.time.Instant asked = java.time.Instant.now();
        click(page, By.id("invites-form:create-invite"));
        until(page, "the invite in the table", () -> !page.driver().findElements(By.cssSelector("#invite-table tr.invite-row")).isEmpty());
        var invites = api.get("/api/servers/" + server + "/invites", owner.token()).array();
        assertThat(invites).hasSize(1);
        var invite = invites.getJsonObject(0);
        String code = invite.getString("code");
        assertThat(invite.getInt("maxUses")).isEqualTo(5);
        assertThat(invite.getBoolean("temporary")).isTrue();
        assertThat(java.time.Instant.parse(invite.getString("expiresAt")))
                .isBetween(asked.plusSeconds(3600 - 120), asked.plusSeconds(3600 + 120));
        WebElement row = page.driver().findElement(By.cssSelector("#invite-table tr[data-code='" + code + "']"));
        assertThat(row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .containsSubsequence(code, owner.username(), "0 / 5").contains("Yes");

        ChatBrowser visitor = signedIn("guest", guest, "/invite/" + code);
        assertThat(visible(visitor, By.id("invite-server-name")).getText()).isEqualTo("Invite Hall");

        click(page, By.cssSelector("#invite-table tr[data-code='" + code + "'] button[aria-label='Revoke invite " + code + "']"));
        until(page, "the invite to leave the table", () -> page.driver()
                .findElements(By.cssSelector("#invite-table tr[data-code='" + code + "']")).isEmpty());
        assertThat(api.get("/api/servers/" + server + "/invites", owner.token()).array()).isEmpty();
        visitor.open("/invite/" + code);
        assertThat(visible(visitor, By.tagName("h1")).getText()).isEqualTo("This invite does not work");
        assertThat(visitor.driver().findElements(By.id("invite-server-name"))).isEmpty();
        assertThat(api.post("/api/servers/join/" + code, guest.token(), null).status()).isEqualTo(404);
    }

    @Test
    void aUserUnbannedInTheBansTabCanJoinAgain() {
        Api api = new Api(base);
        Api.User owner = api.signUp("set_owner");
        Api.User member = api.signUp("set_member");
        String server = api.createServer(owner, "Pardon Hall");
        api.join(member, owner, server);
        assertThat(api.put("/api/servers/" + server + "/bans/" + member.id(), owner.token(), "{\"reason\":\"rude\"}")
                .status()).isEqualTo(204);
        String code = api.post("/api/servers/" + server + "/invite", owner.token(), "{}").json().getString("code");
        assertThat(api.post("/api/servers/join/" + code, member.token(), null).status()).as("banned").isEqualTo(403);

        ChatBrowser page = signedIn("owner", owner, "/settings.xhtml?server=" + server + "&tab=bans");
        WebElement row = visible(page, By.cssSelector("#ban-table tr.ban-row[data-user-id='" + member.id() + "']"));
        assertThat(row.getText()).contains(member.username(), "rude", owner.username());
        click(page, By.cssSelector("button[aria-label='Unban " + member.username() + "']"));
        assertThat(visible(page, By.id("no-bans")).getText()).isEqualTo("Nobody is banned.");
        assertThat(api.get("/api/servers/" + server + "/bans", owner.token()).array()).isEmpty();
        Api.Reply joined = api.post("/api/servers/join/" + code, member.token(), null);
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
    }

    @Test
    void theOwnerDeletesTheServerAfterConfirmingAndItLeavesTheMembersScreensLive() {
        Api api = new Api(base);
        Api.User owner = api.signUp("set_owner");
        Api.User member = api.signUp("set_member");
        String server = api.createServer(owner, "Doomed Hall");
        api.join(member, owner, server);
        String general = api.firstChannel(owner, server);

        ChatBrowser chat = signedIn("member", member, "/?server=" + server + "&channel=" + general);
        live(chat);
        chat.markPage();
        ChatBrowser page = signedIn("owner", owner, "/settings.xhtml?server=" + server + "&tab=overview");
        click(page, By.id("overview-form:ask-delete"));
        assertThat(visible(page, By.id("confirm-delete-text")).getText())
                .isEqualTo("Delete Doomed Hall for everyone? This cannot be undone.");
        click(page, By.id("overview-form:cancel-delete"));
        visible(page, By.id("overview-form:ask-delete"));
        assertThat(api.get("/api/servers/" + server, owner.token()).status()).as("cancelled").isEqualTo(200);

        click(page, By.id("overview-form:ask-delete"));
        click(page, By.id("overview-form:delete"));
        until(page, "the owner to be taken back to the chat", () -> !page.url().contains("settings.xhtml"));
        page.waitForApp();
        assertThat(page.driver().findElements(By.cssSelector(".server-rail a[data-server-id='" + server + "']"))).isEmpty();
        assertThat(api.get("/api/servers/" + server, owner.token()).status()).isEqualTo(404);

        until(chat, "the deletion to show", () -> !chat.driver().findElements(By.id("removed")).isEmpty());
        assertThat(chat.driver().findElement(By.cssSelector("#removed h2")).getText()).isEqualTo("Doomed Hall was deleted.");
        assertThat(chat.driver().findElements(By.cssSelector(".server-rail a[data-server-id='" + server + "']")))
                .as("the server left the rail").isEmpty();
        assertThat(chat.driver().findElements(By.id("composer"))).isEmpty();
        assertThat(chat.pageWasNotReloaded()).isTrue();
    }

    private static List<String> auditRows(ChatBrowser page) {
        return page.driver().findElements(By.cssSelector("#audit-table tr.audit-row")).stream()
                .map(r -> r.getAttribute("data-action")).toList();
    }

    @Test
    void theAuditLogFiltersByActionAndByWhoAndPagesToOlderEntries() {
        Api api = new Api(base);
        Api.User owner = api.signUp("set_owner");
        Api.User admin = api.signUp("set_admin");
        String server = api.createServer(owner, "Ledger Hall");
        api.join(admin, owner, server);
        String admins = role(api, owner, server, "Admins", "\"MANAGE_SERVER\",\"VIEW_AUDIT_LOG\"");
        assertThat(api.put("/api/servers/" + server + "/members/" + admin.id() + "/roles/" + admins, owner.token(), null)
                .status()).isEqualTo(204);
        for (int i = 1; i <= 52; i++) {
            role(api, owner, server, "Role " + i, "");
        }
        for (int i = 0; i < 2; i++) {
            assertThat(api.post("/api/servers/" + server + "/invite", admin.token(), "{}").status()).isEqualTo(201);
        }
        List<String> all = api.get("/api/servers/" + server + "/audit-log?limit=100", owner.token()).array().stream()
                .map(v -> v.asJsonObject().getString("action")).toList();
        assertThat(all.size()).isGreaterThan(50).isLessThan(100);

        ChatBrowser page = signedIn("owner", owner, "/settings.xhtml?server=" + server + "&tab=audit");
        visible(page, By.id("audit-table"));
        assertThat(auditRows(page)).isEqualTo(all.subList(0, 50));
        click(page, By.id("audit-form:older"));
        until(page, "the older page", () -> auditRows(page).equals(all.subList(50, all.size())));
        assertThat(page.driver().findElements(By.id("audit-form:older"))).as("nothing older").isEmpty();
        click(page, By.id("audit-form:newer"));
        until(page, "the newest page again", () -> auditRows(page).equals(all.subList(0, 50)));

        new Select(visible(page, By.id("audit-form:action"))).selectByValue("invite.create");
        click(page, By.id("audit-form:filter"));
        // three: the owner's invite the admin joined with, and the admin's two
        until(page, "only invites", () -> auditRows(page).equals(List.of("invite.create", "invite.create", "invite.create")));

        new Select(visible(page, By.id("audit-form:action"))).selectByValue("");
        new Select(visible(page, By.id("audit-form:actor"))).selectByValue(admin.id());
        click(page, By.id("audit-form:filter"));
        until(page, "only the admin's entries", () -> auditRows(page).equals(List.of("invite.create", "invite.create")));
        assertThat(page.driver().findElements(By.cssSelector("#audit-table tr.audit-row td:nth-child(2)")).stream()
                .map(WebElement::getText).distinct().toList()).containsExactly(admin.username());

        new Select(visible(page, By.id("audit-form:action"))).selectByValue("role.create");
        new Select(visible(page, By.id("audit-form:actor"))).selectByValue(owner.id());
        click(page, By.id("audit-form:filter"));
        until(page, "a full page of the owner's roles", () -> auditRows(page).size() == 50
                && auditRows(page).stream().allMatch("role.create"::equals));
        click(page, By.id("audit-form:older"));
        until(page, "the rest of them", () -> auditRows(page).equals(List.of("role.create", "role.create", "role.create")));
    }

    @Test
    void aMemberIsRenamedTimedOutAndKickedFromTheMemberActionsDialog() {
        Api api = new Api(base);
        Api.User owner = api.signUp("set_owner");
        Api.User member = api.signUp("set_member");
        String server = api.createServer(owner, "Action Hall");
        api.join(member, owner, server);
        String general = api.firstChannel(owner, server);
        ChatBrowser chat = signedIn("member", member, "/?server=" + server + "&channel=" + general);
        live(chat);
        ChatBrowser page = signedIn("owner", owner, "/settings.xhtml?server=" + server + "&tab=members");
        By row = By.cssSelector("#member-table tr[data-user-id='" + member.id() + "']");
        By actions = By.cssSelector("#member-table tr[data-user-id='" + member.id() + "'] .member-actions");

        click(page, actions);
        click(page, By.id("member-actions-form:open-nick"));
        page.type(By.id("member-actions-form:nick"), "Captain Quiet");
        click(page, By.id("member-actions-form:save-nick"));
        until(page, "the nickname in the member's row", () -> page.driver().findElement(row)
                .findElements(By.tagName("td")).get(1).getText().equals("Captain Quiet"));
        assertThat(api.get("/api/servers/" + server + "/members/" + member.id(), owner.token()).json().getString("nick"))
                .isEqualTo("Captain Quiet");
        until(page, "the dialog to close", () -> !page.driver().findElement(By.id("member-dialog")).isDisplayed());

        click(page, actions);
        click(page, By.id("member-actions-form:open-timeout"));
        new Select(visible(page, By.id("member-actions-form:timeout-length"))).selectByVisibleText("10 minutes");
        page.type(By.id("member-actions-form:timeout-reason"), "cool down");
        java.time.Instant asked = java.time.Instant.now();
        click(page, By.id("member-actions-form:timeout"));
        until(page, "the dialog to close", () -> !page.driver().findElement(By.id("member-dialog")).isDisplayed());
        String until = api.get("/api/servers/" + server + "/members/" + member.id(), owner.token()).json()
                .getString("timeoutUntil", null);
        assertThat(until).as("timed out").isNotNull();
        java.time.Instant end = java.time.Instant.parse(until);
        assertThat(end).isBetween(asked.plusSeconds(600 - 60), asked.plusSeconds(600 + 60));

        until(chat, "the composer to say so", () -> !chat.driver().findElements(By.id("timed-out")).isEmpty());
        // the end in the reader's language and time zone, as the page's script writes dates
        String timedOut = "You are timed out in this server until " + chat.js("return parleyTexts.dateTime(new Date('"
                + until + "'));") + ": you can read, but not post or react.";
        until(chat, "the time-out line in the reader's time", () -> timedOut.equals(
                chat.js("return document.getElementById('timed-out').textContent;")));
        chat.send("may I speak?");
        assertThat(notices(chat)).contains("You are timed out in this server until "
                + end.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ".");
        until(chat, "the text to be given back", () -> "may I speak?".equals(chat.composer().getAttribute("value")));
        assertThat(contents(api, owner, general)).doesNotContain("may I speak?");

        click(page, actions);
        click(page, By.id("member-actions-form:open-kick"));
        page.type(By.id("member-actions-form:kick-reason"), "enough");
        click(page, By.id("member-actions-form:kick"));
        until(page, "the member to leave the table", () -> page.driver().findElements(row).isEmpty());
        until(chat, "the kick to show", () -> !chat.driver().findElements(By.id("removed")).isEmpty());
        assertThat(chat.driver().findElement(By.cssSelector("#removed h2")).getText())
                .isEqualTo("You were removed from Action Hall.");
        assertThat(api.get("/api/servers/" + server + "/members/" + member.id(), owner.token()).status()).isEqualTo(404);
        var kick = api.get("/api/servers/" + server + "/audit-log?action=member.kick", owner.token()).array().getJsonObject(0);
        assertThat(kick.getString("targetId")).isEqualTo(member.id());
        assertThat(kick.getString("reason")).isEqualTo("enough");
    }

    @Test
    void anAutoModerationRuleMadeInSettingsBlocksAMembersWordThenOnlyFlagsIt() {
        Api api = new Api(base);
        Api.User owner = api.signUp("set_owner");
        Api.User member = api.signUp("set_member");
        String server = api.createServer(owner, "Guarded Hall");
        api.join(member, owner, server);
        String general = api.firstChannel(owner, server);
        String alerts = api.post("/api/servers/" + server + "/channels", owner.token(), "{\"name\":\"mod-alerts\"}")
                .json().getString("id");
        String film = api.post("/api/servers/" + server + "/channels", owner.token(), "{\"name\":\"film-club\"}")
                .json().getString("id");

        ChatBrowser page = signedIn("owner", owner, "/settings.xhtml?server=" + server);
        click(page, By.cssSelector(".settings-nav a[data-tab='automod']"));
        assertThat(visible(page, By.cssSelector(".settings-nav a[data-tab='automod']")).getText()).isEqualTo("Auto-moderation");
        assertThat(visible(page, By.id("no-rules")).getText()).isEqualTo("No rules yet.");
        click(page, By.id("automod-form:create-rule"));
        page.type(By.id("automod-editor:name"), "No spoilers");
        page.type(By.id("automod-editor:keywords"), "spoiler\nthe butler did it");
        page.type(By.id("automod-editor:regexes"), "ending(s");
        assertThat(page.seriousAccessibilityViolations()).as("the rule editor").isEmpty();
        click(page, By.id("automod-editor:save-rule"));
        until(page, "the refused regex on its field", () -> page.driver().findElement(By.id("automod-editor:regexes-message"))
                .getText().startsWith("\"ending(s\" is not a valid regex"));
        assertThat(api.get("/api/servers/" + server + "/automod/rules", owner.token()).array()).as("nothing saved").isEmpty();

        // too many words: 1,001 lines
        page.js("document.getElementById('automod-editor:keywords').value = Array.from({length: 1001}, function (_, i) {"
                + " return 'word' + i; }).join('\\n');");
        visible(page, By.id("automod-editor:regexes")).clear();
        click(page, By.id("automod-editor:save-rule"));
        until(page, "too many words on their field", () -> page.driver().findElement(By.id("automod-editor:keywords-message"))
                .getText().equals("At most 1,000 lines."));

        page.type(By.id("automod-editor:keywords"), "spoiler\nthe butler did it");
        By filmExempt = By.cssSelector("#exempt-channels input[data-channel-id='" + film + "']");
        click(page, filmExempt);
        click(page, By.id("automod-editor:save-rule"));
        until(page, "the rule in the table", () -> !page.driver().findElements(By.cssSelector("#automod-table tr.automod-row")).isEmpty());
        var rules = api.get("/api/servers/" + server + "/automod/rules", owner.token()).array();
        assertThat(rules).hasSize(1);
        var rule = rules.getJsonObject(0);
        assertThat(rule.getString("name")).isEqualTo("No spoilers");
        assertThat(rule.getString("action")).isEqualTo("block");
        assertThat(rule.getBoolean("enabled")).isTrue();
        assertThat(rule.getJsonArray("keywords").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)).containsExactly("spoiler", "the butler did it");
        assertThat(rule.getJsonArray("exemptChannelIds").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)).containsExactly(film);
        assertThat(rule.getJsonArray("exemptRoleIds")).isEmpty();
        assertThat(api.post("/api/channels/" + film + "/messages", member.token(), "{\"content\":\"no spoiler talk\"}")
                .status()).as("the exempt channel is not checked").isEqualTo(201);
        By ruleRow = By.cssSelector("#automod-table tr[data-rule-id='" + rule.getString("id") + "']");
        assertThat(page.driver().findElement(ruleRow).findElement(By.cssSelector(".rule-action")).getText()).isEqualTo("Block");
        assertThat(page.seriousAccessibilityViolations()).as("the rules table").isEmpty();

        ChatBrowser chat = signedIn("member", member, "/?server=" + server + "&channel=" + general);
        live(chat);
        chat.send("in the end the butler did it");
        assertThat(notices(chat)).contains("Your message was blocked by this server's rule \"No spoilers\".");
        assertThat(contents(api, owner, general)).doesNotContain("in the end the butler did it");
        chat.composer().clear();
        chat.send("what a film");
        chat.waitForMessage("what a film");

        // only flag from now on: a flag rule needs an alert channel, said on its field
        click(page, By.cssSelector("button[aria-label='Edit rule No spoilers']"));
        assertThat(visible(page, filmExempt).isSelected()).as("the exemption shown again").isTrue();
        new Select(visible(page, By.id("automod-editor:action"))).selectByValue("flag");
        click(page, By.id("automod-editor:save-rule"));
        until(page, "the missing alert channel on its field", () -> page.driver()
                .findElement(By.id("automod-editor:alertChannelId-message")).getText()
                .equals("A flagging rule needs an alert channel."));
        new Select(visible(page, By.id("automod-editor:alertChannelId"))).selectByVisibleText("#mod-alerts");
        click(page, By.id("automod-editor:save-rule"));
        until(page, "the rule to say Flag", () -> page.driver().findElement(ruleRow).findElement(By.cssSelector(".rule-action"))
                .getText().equals("Flag"));
        var flagged = api.get("/api/servers/" + server + "/automod/rules", owner.token()).array().getJsonObject(0);
        assertThat(flagged.getString("action")).isEqualTo("flag");
        assertThat(flagged.getString("alertChannelId")).isEqualTo(alerts);

        chat.send("spoiler: it was a dream");
        chat.waitForMessage("spoiler: it was a dream");
        until(chat, "the alert in #mod-alerts", () -> contents(api, owner, alerts).stream()
                .anyMatch(c -> c.contains("flagged") && c.contains("No spoilers")));

        // blocking again, and quietly: the alert channel taken away
        click(page, By.cssSelector("button[aria-label='Edit rule No spoilers']"));
        new Select(visible(page, By.id("automod-editor:action"))).selectByValue("block");
        new Select(visible(page, By.id("automod-editor:alertChannelId"))).selectByValue("");
        click(page, By.id("automod-editor:save-rule"));
        until(page, "the rule to say Block", () -> page.driver().findElement(ruleRow).findElement(By.cssSelector(".rule-action"))
                .getText().equals("Block"));
        var quiet = api.get("/api/servers/" + server + "/automod/rules", owner.token()).array().getJsonObject(0);
        assertThat(quiet.getOrDefault("alertChannelId", jakarta.json.JsonValue.NULL)).as("no alert channel any more")
                .isEqualTo(jakarta.json.JsonValue.NULL);

        click(page, By.cssSelector("button[aria-label='Delete rule No spoilers']"));
        assertThat(visible(page, By.id("no-rules")).getText()).isEqualTo("No rules yet.");
        assertThat(api.get("/api/servers/" + server + "/automod/rules", owner.token()).array()).isEmpty();
    }

    @Test
    void aRussianSpeakingOwnerSeesServerAndChannelSettingsInRussian() {
        Api api = new Api(base);
        Api.User owner = api.signUp("set_ru_owner");
        Api.User anna = api.signUp("set_ru_anna");
        Api.User boris = api.signUp("set_ru_boris");
        String server = api.createServer(owner, "Тёплый зал");
        api.join(anna, owner, server);
        api.join(boris, owner, server);
        String general = api.firstChannel(owner, server);
        java.util.Locale ru = java.util.Locale.forLanguageTag("ru");

        try (ChatBrowser page = new ChatBrowser("russian-owner", base, "ru")) {
            page.signIn(owner.username(), ChatBrowser.PASSWORD);
            page.waitForApp();
            page.open("/settings.xhtml?server=" + server + "&tab=members");
            visible(page, By.id("member-table"));
            assertThat(page.driver().getTitle()).isEqualTo("Тёплый зал · Настройки сервера · Parley");
            assertThat(page.driver().findElements(By.cssSelector(".settings-nav a[data-tab]")).stream()
                    .map(WebElement::getText).toList()).containsExactly("Обзор", "Роли", "Участники", "Приглашения",
                            "Баны", "Автомодерация", "Журнал аудита");
            assertThat(page.driver().findElement(By.cssSelector(".settings-main h1")).getText()).isEqualTo("Участники");
            assertThat(page.driver().findElement(By.cssSelector("#member-table caption")).getText())
                    .isEqualTo("3 участника");
            java.time.OffsetDateTime joined = java.time.OffsetDateTime.parse(api.get("/api/servers/" + server
                    + "/members/" + anna.id(), owner.token()).json().getString("joinedAt"));
            String joinedDate = page.driver().findElement(By.cssSelector("#member-table tr[data-user-id='" + anna.id()
                    + "'] .member-joined")).getText();
            assertThat(joinedDate).as("a date in Russian").endsWith(" г.").isEqualTo(java.time.format.DateTimeFormatter
                    .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(ru)
                    .format(joined.withOffsetSameInstant(java.time.ZoneOffset.UTC)));

            // the owner times Anna out from the member dialog, in Russian, and finds it in the audit log
            click(page, By.cssSelector("#member-table tr[data-user-id='" + anna.id() + "'] .member-actions"));
            assertThat(visible(page, By.id("member-actions-form:open-timeout")).getText()).isEqualTo("Тайм-аут…");
            click(page, By.id("member-actions-form:open-timeout"));
            new Select(visible(page, By.id("member-actions-form:timeout-length"))).selectByVisibleText("10 минут");
            page.type(By.id("member-actions-form:timeout-reason"), "остыть");
            click(page, By.id("member-actions-form:timeout"));
            until(page, "the dialog to close", () -> !page.driver().findElement(By.id("member-dialog")).isDisplayed());
            java.time.Instant end = java.time.Instant.parse(api.get("/api/servers/" + server + "/members/" + anna.id(),
                    owner.token()).json().getString("timeoutUntil"));

            click(page, By.cssSelector(".settings-nav a[data-tab='audit']"));
            WebElement entry = visible(page, By.cssSelector("#audit-table tr.audit-row"));
            assertThat(entry.getAttribute("data-action")).isEqualTo("member.update");
            assertThat(entry.findElement(By.cssSelector(".audit-what")).getText()).isEqualTo("Изменение участника");
            assertThat(entry.findElement(By.cssSelector(".audit-target")).getText()).isEqualTo(anna.username());
            assertThat(entry.findElement(By.cssSelector(".audit-changes")).getText()).isEqualTo("тайм-аут до: нет → "
                    + java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                            java.time.format.FormatStyle.SHORT).withLocale(ru).format(end.atOffset(java.time.ZoneOffset.UTC))
                    + " UTC");
            java.time.OffsetDateTime logged = java.time.OffsetDateTime.parse(api.get("/api/servers/" + server
                    + "/audit-log?action=member.update", owner.token()).array().getJsonObject(0).getString("createdAt"));
            assertThat(entry.findElement(By.cssSelector(".audit-when")).getText()).isEqualTo(java.time.format
                    .DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM).withLocale(ru)
                    .format(logged.withOffsetSameInstant(java.time.ZoneOffset.UTC)));
            assertThat(new Select(visible(page, By.id("audit-form:action"))).getOptions().stream().map(WebElement::getText))
                    .contains("Все действия", "Исключение участника", "Выдача роли участнику");

            // a permission's name and words, and a count of them, on the roles tab
            click(page, By.cssSelector(".settings-nav a[data-tab='roles']"));
            WebElement everyone = visible(page, By.cssSelector("#role-table tr.role-row:last-child"));
            assertThat(everyone.findElement(By.cssSelector("td.muted")).getText()).isEqualTo("10 прав");
            click(page, By.cssSelector("#role-table tr.role-row:last-child .edit-role"));
            assertThat(visible(page, By.cssSelector("#role-editor h2")).getText()).isEqualTo("Изменение роли @everyone");
            WebElement view = page.driver().findElement(By.xpath("//input[@data-permission='VIEW_CHANNEL']"
                    + "/ancestor::div[contains(@class,'permission-row')]"));
            assertThat(view.findElement(By.tagName("label")).getText()).startsWith("Просмотр канала");
            assertThat(view.findElement(By.cssSelector(".phrase")).getText()).isEqualTo("Позволяет видеть этот канал.");
            assertThat(page.driver().findElements(By.cssSelector("#role-editor legend")).stream().map(WebElement::getText)
                    .toList()).containsExactly("Общие", "Текстовые каналы", "Голосовые каналы", "Модерация");

            page.open("/channel-settings.xhtml?channel=" + general);
            visible(page, By.id("overview-form"));
            assertThat(page.driver().findElements(By.cssSelector(".settings-nav a[data-tab]")).stream()
                    .map(WebElement::getText).toList()).containsExactly("Обзор", "Права", "Проверить участника");
            assertThat(page.driver().findElement(By.cssSelector("label[for='overview-form:slow-mode']"))
                    .getDomProperty("textContent")).as("the label's words (its style shows them in capitals)")
                    .isEqualTo("Медленный режим (сколько участники ждут между сообщениями)");
            assertThat(new Select(page.driver().findElement(By.id("overview-form:slow-mode"))).getOptions().stream()
                    .map(WebElement::getText).toList()).containsExactly("Выключен", "5 секунд", "10 секунд", "30 секунд",
                            "1 минута", "5 минут", "15 минут", "1 час", "6 часов");
        }
    }

    private static int position(Api api, Api.User owner, String server, String roleId) {
        return api.get("/api/servers/" + server + "/roles", owner.token()).array().stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("id").equals(roleId)).findFirst().orElseThrow().getInt("position");
    }
}
