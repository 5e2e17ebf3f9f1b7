package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void thePolicyEndsWithAScriptSrcWithoutInlineScriptOrEval() {
        assertThat(SecurityHeadersFilter.acceptable("default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self'"))
                .isTrue();
        assertThat(SecurityHeadersFilter.acceptable("default-src 'self'; script-src 'self' 'unsafe-inline'")).isFalse();
        assertThat(SecurityHeadersFilter.acceptable("script-src 'self'; style-src 'self'")).as("script-src not last").isFalse();
        assertThat(SecurityHeadersFilter.acceptable("default-src 'self' 'unsafe-eval'; script-src 'self'")).isFalse();
        assertThat(SecurityHeadersFilter.acceptable("default-src 'self'")).isFalse();
        assertThat(SecurityHeadersFilter.acceptable(null)).isFalse();
    }

    @Test
    void onlyAPathIsARelativeRedirect() {
        assertThat(SecurityHeadersFilter.Answer.isAbsolute("/login.xhtml?next=%2F")).isFalse();
        assertThat(SecurityHeadersFilter.Answer.isAbsolute("join.xhtml?code=abc")).isFalse();
        assertThat(SecurityHeadersFilter.Answer.isAbsolute("https://idp.example.com/authorize?x=1")).isTrue();
        assertThat(SecurityHeadersFilter.Answer.isAbsolute("//evil.example/")).isTrue();
        assertThat(SecurityHeadersFilter.Answer.isAbsolute("\\\\evil.example/")).isTrue();
    }
}
