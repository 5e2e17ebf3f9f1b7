package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OriginsTest {

    private static final URI PUBLIC = URI.create("https://chat.example.com");

    @Test
    void theOriginHeaderCountsAndTheRefererOnlyWithoutIt() {
        assertThat(Origins.claimed("https://Chat.Example.com", "https://evil.example/x")).hasValue("https://chat.example.com");
        assertThat(Origins.claimed(null, "https://chat.example.com/index.xhtml?x=1")).hasValue("https://chat.example.com");
        assertThat(Origins.claimed("null", "https://chat.example.com/")).hasValue("https://chat.example.com");
        assertThat(Origins.claimed(null, null)).isEmpty();
        assertThat(Origins.claimed("https://chat.example.com/path", null)).as("an Origin has no path").isEmpty();
        assertThat(Origins.claimed("javascript:alert(1)", null)).isEmpty();
        assertThat(Origins.claimed("https://user@chat.example.com", null)).isEmpty();
        assertThat(Origins.claimed("not a uri at all", null)).isEmpty();
    }

    @Test
    void ourOriginIsThePublicUrlsOrTheRequestsOwnHost() {
        assertThat(Origins.isOurs("https://chat.example.com", PUBLIC, "10.0.0.5:8080")).isTrue();
        assertThat(Origins.isOurs("https://chat.example.com", URI.create("https://chat.example.com/parley"), null)).isTrue();
        assertThat(Origins.isOurs("http://10.0.0.5:8080", PUBLIC, "10.0.0.5:8080")).as("same host and port").isTrue();
        assertThat(Origins.isOurs("http://evil.example", PUBLIC, "chat.example.com")).isFalse();
        assertThat(Origins.isOurs("http://chat.example.com:8443", PUBLIC, "chat.example.com")).as("another port").isFalse();
        assertThat(Origins.isOurs("http://chat.example.com.evil.example", PUBLIC, "chat.example.com")).isFalse();
        assertThat(Origins.isOurs("http://evil.example", PUBLIC, null)).isFalse();
        assertThat(Origins.isOurs("http://evil.example", PUBLIC, " ")).isFalse();
    }
}
