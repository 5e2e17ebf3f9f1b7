package dev.parley.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    {
        hasher.cost = 4;
    }

    @Test
    void aPasswordIsStoredAsABcryptHashThatOnlyItMatches() {
        String hash = hasher.hash("correct horse battery");
        assertThat(hash).startsWith("$2a$04$").doesNotContain("correct horse");
        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("Correct horse battery", hash)).isFalse();
        assertThat(hasher.hash("correct horse battery")).as("salted").isNotEqualTo(hash);
    }

    @Test
    void anUnknownAccountNeverMatches() {
        assertThat(hasher.matches("anything", null)).isFalse();
    }
}
