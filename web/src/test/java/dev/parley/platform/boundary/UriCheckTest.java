package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UriCheckTest {

    @Test
    void ordinaryPathsPass() {
        assertThat(UriCheck.problem("/api/servers/3f2a/channels")).isEmpty();
        assertThat(UriCheck.problem("/")).isEmpty();
        assertThat(UriCheck.problem("/api/search?q=%ff%00%zz")).as("the query is not looked at").isEmpty();
        assertThat(UriCheck.problem("/api/%e2%82%ac/%F0%9F%91%A9")).as("escaped UTF-8").isEmpty();
        assertThat(UriCheck.problem("/caf\u00c3\u00a9")).as("raw UTF-8 bytes, one char each").isEmpty();
        assertThat(UriCheck.problem("/a%2Fb%20c")).isEmpty();
    }

    @Test
    void anEscapedNulIsRefused() {
        assertThat(UriCheck.problem("/api/servers/%00")).contains("The path contains an escaped NUL character (%00).");
    }

    @Test
    void escapesThatAreNotUtf8AreRefused() {
        assertThat(UriCheck.problem("/api/%ff")).contains("The path's escapes do not decode to UTF-8 text.");
        assertThat(UriCheck.problem("/api/%c3")).as("a sequence cut short").contains("The path's escapes do not decode to UTF-8 text.");
        assertThat(UriCheck.problem("/api/%ed%a0%80")).as("an encoded surrogate").isPresent();
        assertThat(UriCheck.problem("/\u00ff")).as("a raw byte that is not UTF-8").isPresent();
    }

    @Test
    void brokenEscapesAreRefused() {
        String broken = "The path has a % that does not start a two-digit hex escape.";
        assertThat(UriCheck.problem("/api/%zz")).contains(broken);
        assertThat(UriCheck.problem("/api/%4")).contains(broken);
        assertThat(UriCheck.problem("/api/%")).contains(broken);
        assertThat(UriCheck.problem("/api/%4?x=1")).as("the escape may not run into the query").contains(broken);
    }
}
