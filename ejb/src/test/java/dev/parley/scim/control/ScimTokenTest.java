package dev.parley.scim.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScimTokenTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @Test
    void matchesOnlyTheConfiguredToken() {
        ScimToken token = new ScimToken(TOKEN);
        assertThat(token.enabled()).isTrue();
        assertThat(token.matches(TOKEN)).isTrue();
        assertThat(token.matches(TOKEN + "0")).isFalse();
        assertThat(token.matches(TOKEN.substring(1))).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(null)).isFalse();
    }

    @Test
    void isOffWhenUnsetBlankOrTooShort() {
        for (String configured : new String[] {null, "", "   ", "short-token"}) {
            ScimToken token = new ScimToken(configured);
            assertThat(token.enabled()).as(configured).isFalse();
            assertThat(token.matches(configured)).isFalse();
            assertThat(token.matches("")).isFalse();
        }
    }
}
