package dev.parley.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The account settings page (account.xhtml), reached from the user panel of the chat page: the
 * profile (seen in the chat page), the language, the password, and the list of sessions with "Sign
 * out" per row and "Sign out everywhere else", in real browsers against the deployed application.
 */
class AccountSettingsIT extends ParleyDeployment {

    private final OpenBrowsers browsers = new OpenBrowsers();

    @AfterEach
    void closeBrowsers() {
        browsers.closeAll();
    }

    private static void until(ChatBrowser browser, String what, java.util.function.Supplier<Boolean> condition) {
        ChatBrowser.until(browser, what, condition);
    }

    /** The element's text; "" while it is missing or being replaced by an ajax update. */
    private static String text(ChatBrowser browser, By by) {
        try {
            List<WebElement> found = browser.driver().findElements(by);
            return found.isEmpty() ? "" : found.get(0).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return "";
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return ""; // Chromium's word for an element an update just replaced
            }
            throw e;
        }
    }

    /** Opens the account page from the chat page's user panel. */
    private static void openAccountPage(ChatBrowser browser) {
        browser.waitForApp();
        browser.driver().findElement(By.id("user-panel:account-settings")).click();
        until(browser, "the account page", () -> !browser.driver().findElements(By.id("account-title")).isEmpty());
    }

    @Test
    void aNewDisplayNameShowsInTheChatPageAndTheLanguageChangesThePage() {
        Api api = new Api(base);
        Api.User ada = api.signUp("acct");
        ChatBrowser browser = browsers.signedIn(base, "account-profile", ada, "/");
        assertThat(text(browser, By.id("user-panel:my-name"))).isEqualTo(ada.username());
        openAccountPage(browser);
        assertThat(browser.seriousAccessibilityViolations()).as("the account page").isEmpty();

        String name = "Ada <b>Lovelace</b>";
        browser.type(By.id("profile:displayName"), name);
        browser.type(By.id("profile:statusText"), "Counting engines");
        browser.driver().findElement(By.id("profile:save-profile")).click();
        until(browser, "the profile saved", () -> text(browser, By.id("notices")).contains("Your profile is saved."));
        assertThat(api.get("/api/users/me", ada.token()).json().getString("displayName")).isEqualTo(name);
        assertThat(api.get("/api/users/me", ada.token()).json().getString("statusText")).isEqualTo("Counting engines");

        browser.driver().findElement(By.id("back-to-chat")).click();
        browser.waitForApp();
        assertThat(text(browser, By.id("user-panel:my-name"))).as("typed markup is text").isEqualTo(name);

        openAccountPage(browser);
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("profile:locale"))).selectByValue("ru");
        browser.driver().findElement(By.id("profile:save-profile")).click();
        until(browser, "the page in Russian", () -> text(browser, By.id("account-title")).equals("Настройки учётной записи"));
        until(browser, "the notice in Russian", () -> text(browser, By.id("notices")).contains("Профиль сохранён."));
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("ru");
        assertThat(api.get("/api/users/me", ada.token()).json().getString("locale")).isEqualTo("ru");
        assertThat(browser.seriousAccessibilityViolations()).as("the account page in Russian").isEmpty();

        // the setting is the whole UI's, though this browser asks for English: the chat page, and a refusal on it
        browser.driver().findElement(By.id("back-to-chat")).click();
        browser.waitForApp();
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("ru");
        assertThat(browser.driver().findElement(By.id("add-server")).getAttribute("title")).isEqualTo("Создать сервер");
        browser.driver().findElement(By.id("add-server")).click();
        until(browser, "the create-server dialog", () -> browser.driver().findElement(By.id("create-server-form:create"))
                .isDisplayed());
        assertThat(text(browser, By.id("create-server-form:create"))).isEqualTo("Создать");
        browser.driver().findElement(By.id("create-server-form:create")).click();
        until(browser, "the refusal in Russian", () -> text(browser, By.cssSelector("#create-server-form .ui-message"))
                .equals("Название: не должно быть пустым"));

        // and back: English everywhere again (the dialog stays open over the page: go by the address)
        browser.open("/account.xhtml");
        until(browser, "the account page", () -> !browser.driver().findElements(By.id("account-title")).isEmpty());
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("profile:locale"))).selectByValue("en");
        browser.driver().findElement(By.id("profile:save-profile")).click();
        until(browser, "the page in English", () -> text(browser, By.id("account-title")).equals("Account settings"));
        browser.driver().findElement(By.id("back-to-chat")).click();
        browser.waitForApp();
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("en");
        assertThat(browser.driver().findElement(By.id("add-server")).getAttribute("title")).isEqualTo("Create a server");
        browser.driver().findElement(By.id("add-server")).click();
        until(browser, "the create-server dialog", () -> browser.driver().findElement(By.id("create-server-form:create"))
                .isDisplayed());
        browser.driver().findElement(By.id("create-server-form:create")).click();
        until(browser, "the refusal in English", () -> text(browser, By.cssSelector("#create-server-form .ui-message"))
                .equals("Name must not be blank"));
    }

    @Test
    void aRussianSpeakingVisitorSeesTheSignedOutPagesAndTheErrorPagesInRussian() {
        Api api = new Api(base);
        Api.User owner = api.signUp("ru_owner");
        String server = api.createServer(owner, "Клуб");
        api.join(api.signUp("ru_member"), owner, server);
        String code = api.post("/api/servers/" + server + "/invite", owner.token(), "{}").json().getString("code");

        try (ChatBrowser browser = new ChatBrowser("russian-visitor", base, "ru")) {
            browser.open("/login.xhtml");
            until(browser, "the sign-in page", () -> !text(browser, By.id("signin:submit")).isEmpty());
            assertThat(browser.js("return document.documentElement.lang")).isEqualTo("ru");
            assertThat(browser.driver().getTitle()).isEqualTo("Вход · Parley");
            assertThat(text(browser, By.cssSelector("#signin h1"))).isEqualTo("С возвращением!");
            assertThat(text(browser, By.cssSelector("#signin p.muted"))).isEqualTo("Войдите, чтобы общаться на своих серверах.");
            assertThat(text(browser, By.id("signin:submit"))).isEqualTo("Войти");
            assertThat(text(browser, By.cssSelector("#signin p.switch"))).isEqualTo("Нет учётной записи? Зарегистрируйтесь");
            browser.driver().findElement(By.id("signin:submit")).click();
            until(browser, "the required fields named in Russian", () -> text(browser, By.id("signin:login-message"))
                    .equals("Введите адрес электронной почты или имя пользователя."));
            assertThat(text(browser, By.id("signin:password-message"))).isEqualTo("Введите пароль.");

            browser.driver().findElement(By.id("signin:to-register")).click();
            until(browser, "the sign-up page", () -> !text(browser, By.id("signup:submit")).isEmpty());
            assertThat(browser.driver().getTitle()).isEqualTo("Регистрация · Parley");
            assertThat(text(browser, By.cssSelector("#signup h1"))).isEqualTo("Создайте учётную запись");
            assertThat(browser.driver().findElement(By.cssSelector("label[for='signup:username']")).getDomProperty("textContent"))
                    .as("the label (shown in capitals by the style)").isEqualTo("Имя пользователя");
            assertThat(text(browser, By.cssSelector("#signup small.muted"))).isEqualTo("Не менее 8 символов.");
            assertThat(text(browser, By.id("signup:submit"))).isEqualTo("Продолжить");
            assertThat(text(browser, By.cssSelector("#signup p.switch"))).isEqualTo("Уже есть учётная запись? Войдите");

            browser.open("/invite/" + code);
            until(browser, "the invite's page", () -> !text(browser, By.id("invite-members")).isEmpty());
            assertThat(text(browser, By.id("invite-server-name"))).isEqualTo("Клуб");
            assertThat(text(browser, By.cssSelector(".invite-from"))).isEqualTo(owner.username() + " приглашает вас на сервер");
            assertThat(text(browser, By.id("invite-members"))).as("two: the few form").isEqualTo("2 участника");
            assertThat(text(browser, By.cssSelector(".invite-hint")))
                    .isEqualTo("Войдите или создайте учётную запись, чтобы принять приглашение.");
            assertThat(text(browser, By.id("signin:submit"))).isEqualTo("Войти и принять");

            browser.open("/join.xhtml?code=nonsense");
            until(browser, "the page of an invite that does not work", () -> !text(browser, By.tagName("h1")).isEmpty());
            assertThat(text(browser, By.tagName("h1"))).isEqualTo("Приглашение не действует");
            assertThat(browser.visibleText()).contains("Это приглашение недействительно или его срок истёк.");
        }

        // the expired page and the container's own error page answer in the browser's language
        for (String language : List.of("ru", "en")) {
            FormClient client = new FormClient(base);
            Map<String, String> form = FormClient.pageFields(client.get("/login.xhtml").body());
            form.put("signin", "signin");
            form.put("signin:login", "someone");
            form.put("signin:password", "secret secret");
            form.put("signin:next", "");
            form.put("signin:submit", "signin:submit");
            client.forgetCookies();
            HttpResponse<String> expired = client.post("/login.xhtml", form,
                    Map.of("Origin", client.origin(), "Accept-Language", language));
            assertThat(expired.statusCode()).isEqualTo(400);
            assertThat(expired.body()).as(language).contains(" lang=\"" + language + "\"").contains(language.equals("ru")
                    ? "<h1>Срок действия страницы истёк</h1>" : "<h1>This page has expired</h1>");

            Api.Reply missing = api.send(api.request("/no-such-page", null).setHeader("Accept", "text/html")
                    .header("Accept-Language", language.equals("ru") ? "ru-RU,ru;q=0.9,en;q=0.8" : "en-GB,en;q=0.9").GET().build());
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.body()).as(language).contains(" lang=\"" + language + "\"").contains(language.equals("ru")
                    ? "<h1>404 · Не найдено</h1><p>Здесь ничего нет.</p>" : "<h1>404 · Not found</h1><p>There is nothing here.</p>");
        }

        // signed in, the user's own choice wins over the browser's (this client sends no Accept-Language)
        assertThat(api.put("/api/users/me", owner.token(), "{\"locale\":\"ru\"}").status()).isEqualTo(200);
        FormClient signedIn = new FormClient(base);
        signedIn.signIn(owner.username(), ChatBrowser.PASSWORD);
        assertThat(signedIn.get("/no-such-page").body()).contains("<h1>404 · Не найдено</h1>");
    }

    @Test
    void signingOutAnotherSessionFromTheListEndsItsTokenAtOnce() {
        Api api = new Api(base);
        Api.User ada = api.signUp("acctsess");
        Api.Reply login = api.send(api.request("/api/auth/login", null).header("Content-Type", "application/json")
                .header("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("login", ada.username()).add("password", ChatBrowser.PASSWORD).build().toString())).build());
        assertThat(login.status()).isEqualTo(200);
        String firefoxToken = login.json().getString("accessToken");
        String firefoxId = login.json().getString("sessionId");

        ChatBrowser browser = browsers.signedIn(base, "account-sessions", ada, "/");
        openAccountPage(browser);
        By firefoxRow = By.cssSelector("tr[data-session-id='" + firefoxId + "']");
        WebElement row = browser.driver().findElement(firefoxRow);
        assertThat(row.getText()).contains("Firefox on Windows");
        assertThat(browser.driver().findElement(By.cssSelector("tr.session-row.current")).getText()).contains("This device");
        assertThat(browser.driver().findElements(By.cssSelector("tr.session-row.current .sign-out-session")))
                .as("no sign-out button on this device's row").isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("tr.session-row"))).hasSize(3); // sign-up, Firefox, browser

        assertThat(api.get("/api/users/me", firefoxToken).status()).isEqualTo(200);
        row.findElement(By.cssSelector(".sign-out-session")).click();
        until(browser, "the row gone", () -> browser.driver().findElements(firefoxRow).isEmpty());
        assertThat(text(browser, By.id("notices"))).contains("That session is signed out.");
        assertThat(api.get("/api/users/me", firefoxToken).status()).isEqualTo(401);
        assertThat(api.get("/api/users/me", ada.token()).status()).as("the other ones live on").isEqualTo(200);
    }

    @Test
    void signOutEverywhereElseSendsTheOtherBrowserToTheSignInPage() {
        Api api = new Api(base);
        Api.User ada = api.signUp("acctall");
        ChatBrowser laptop = browsers.signedIn(base, "account-laptop", ada, "/");
        ChatBrowser phone = browsers.signedIn(base, "account-phone", ada, "/");
        phone.waitForApp();

        openAccountPage(laptop);
        laptop.driver().findElement(By.id("sessions:sign-out-others")).click();
        until(laptop, "only this device left", () -> text(laptop, By.id("sessions:no-others")).equals("No other sessions."));
        assertThat(laptop.driver().findElements(By.cssSelector("tr.session-row"))).hasSize(1);
        assertThat(api.get("/api/users/me", ada.token()).status()).as("the REST sign-in ended too").isEqualTo(401);

        phone.open("/");
        until(phone, "the sign-in page", () -> !phone.driver().findElements(By.id("signin:login")).isEmpty());
        laptop.open("/");
        until(laptop, "the chat page, still signed in", () -> {
            if (!laptop.driver().findElements(By.id("signin:login")).isEmpty()) {
                laptop.screenshot("account-laptop-signed-out");
                throw new AssertionError("the browser that signed the others out was signed out too: " + laptop.url());
            }
            return !laptop.driver().findElements(By.id("server-list")).isEmpty();
        });
        assertThat(text(laptop, By.id("user-panel:my-name"))).as("this browser is still signed in").isEqualTo(ada.username());
    }

    @Test
    void thePasswordIsChangedWithTheCurrentOneAndWrongOnesAreNamed() {
        Api api = new Api(base);
        Api.User ada = api.signUp("acctpw");
        ChatBrowser browser = browsers.signedIn(base, "account-password", ada, "/");
        openAccountPage(browser);

        browser.type(By.id("password:currentPassword"), "not my password");
        browser.type(By.id("password:newPassword"), "violet harbour lantern");
        browser.driver().findElement(By.id("password:change-password")).click();
        until(browser, "the complaint", () -> text(browser, By.id("account-page")).contains("is not your current password"));

        browser.type(By.id("password:currentPassword"), ChatBrowser.PASSWORD);
        browser.type(By.id("password:newPassword"), "violet harbour lantern");
        browser.driver().findElement(By.id("password:change-password")).click();
        until(browser, "the password changed", () -> text(browser, By.id("notices")).contains("Your password is changed."));
        assertThat(api.get("/api/users/me", ada.token()).status()).as("the other sign-in ended").isEqualTo(401);
        assertThat(api.post("/api/auth/login", null, Json.createObjectBuilder().add("login", ada.username())
                .add("password", "violet harbour lantern").build().toString()).status()).isEqualTo(200);
    }
}
