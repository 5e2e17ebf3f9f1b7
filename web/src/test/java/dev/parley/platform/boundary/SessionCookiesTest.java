package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.platform.control.PublicUrl;
import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionCookiesTest {

    /** A SessionCookieConfig that remembers what was set on it. */
    private static SessionCookieConfig recording(Map<String, Object> set) {
        return (SessionCookieConfig) Proxy.newProxyInstance(SessionCookieConfig.class.getClassLoader(),
                new Class<?>[] {SessionCookieConfig.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("set") && args != null && args.length == 1) {
                        set.put(method.getName(), args[0]);
                    }
                    return null;
                });
    }

    @Test
    void theCookieIsSecureExactlyWhenPeopleComeOverHttps() {
        Map<String, Object> https = new HashMap<>();
        SessionCookies.configure(recording(https), new PublicUrl("https://chat.example.com"));
        assertThat(https).containsEntry("setSecure", true).containsEntry("setHttpOnly", true);

        Map<String, Object> http = new HashMap<>();
        SessionCookies.configure(recording(http), new PublicUrl("http://localhost:8080"));
        assertThat(http).containsEntry("setSecure", false).containsEntry("setHttpOnly", true);
    }
}
