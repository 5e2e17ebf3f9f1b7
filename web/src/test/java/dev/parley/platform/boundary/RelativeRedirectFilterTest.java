package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeRedirectFilterTest {

    @Test
    void aLocationOnTheRequestsHostBecomesItsPath() {
        assertThat(RelativeRedirectFilter.relativeIfOnHost("http://evil.example/api-docs/", "evil.example"))
                .isEqualTo("/api-docs/");
        assertThat(RelativeRedirectFilter.relativeIfOnHost("http://Evil.Example:8080/a?b=c#d", "evil.example:8080"))
                .isEqualTo("/a?b=c#d");
        assertThat(RelativeRedirectFilter.relativeIfOnHost("http://evil.example", "evil.example")).isEqualTo("/");
        assertThat(RelativeRedirectFilter.relativeIfOnHost("http://evil.example//other.example/x", "evil.example"))
                .isEqualTo("/other.example/x");
    }

    @Test
    void anyOtherLocationPassesUnchanged() {
        assertThat(RelativeRedirectFilter.relativeIfOnHost("https://idp.example/authorize?x=1", "chat.example.com"))
                .isEqualTo("https://idp.example/authorize?x=1");
        assertThat(RelativeRedirectFilter.relativeIfOnHost("/login.xhtml", "chat.example.com")).isEqualTo("/login.xhtml");
        assertThat(RelativeRedirectFilter.relativeIfOnHost("http://chat.example.com:8443/", "chat.example.com"))
                .isEqualTo("http://chat.example.com:8443/");
        assertThat(RelativeRedirectFilter.relativeIfOnHost("http://x/", null)).isEqualTo("http://x/");
        assertThat(RelativeRedirectFilter.relativeIfOnHost(null, "x")).isNull();
    }
}
