package dev.parley.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceTest {

    private static String label(String userAgent) {
        return new Device(userAgent, null).label();
    }

    @Test
    void aUserAgentIsNamedAsPeopleKnowIt() {
        assertThat(label("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).isEqualTo("Edge on Windows");
        assertThat(label("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                + " Version/17.1 Safari/605.1.15")).isEqualTo("Safari on macOS");
        assertThat(label("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
                + " Gecko) Version/17.1 Mobile/15E148 Safari/604.1")).isEqualTo("Safari on iOS");
        assertThat(label("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0"
                + " Mobile Safari/537.36")).isEqualTo("Chrome on Android");
        assertThat(label("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"))
                .isEqualTo("Firefox on Linux");
        assertThat(label("curl/8.5.0")).isEqualTo("curl");
        assertThat(label("Java-http-client/17.0.13")).isEqualTo("Java");
        assertThat(label("parley-bot/1.2 (+https://example.test)")).isEqualTo("parley-bot");
        assertThat(label(null)).isEqualTo("Unknown device");
        assertThat(label("   ")).isEqualTo("Unknown device");
        assertThat(label("x".repeat(500))).hasSize(40);
    }
}
