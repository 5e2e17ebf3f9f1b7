package dev.parley.system;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/** The browsers a test opened, each signed in as someone; closed together after the test. */
final class OpenBrowsers {

    private final List<ChatBrowser> open = new ArrayList<>();

    /** A browser signed in as the user, showing {@code path} (not waited for). */
    ChatBrowser signedIn(URL base, String name, Api.User user, String path) {
        ChatBrowser browser = new ChatBrowser(name, base);
        open.add(browser);
        browser.signIn(user.username(), ChatBrowser.PASSWORD);
        browser.waitForApp();
        browser.open(path);
        return browser;
    }

    void closeAll() {
        open.forEach(ChatBrowser::close);
        open.clear();
    }
}
