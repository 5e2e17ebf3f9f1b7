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

    @Test
    void passwordsLongerThanBcryptsSeventyTwoBytesWorkAndEveryByteCounts() {
        for (String password : new String[] {"a".repeat(73), "b".repeat(128), "😀".repeat(128)}) {
            String hash = hasher.hash(password);
            assertThat(hasher.matches(password, hash)).as(password.length() + " chars").isTrue();
            assertThat(hasher.matches(password.substring(0, password.length() - 2) + "xy", hash)).isFalse();
            assertThat(hasher.matches(password + "z", hash)).isFalse();
        }
        assertThat(hasher.matches("a".repeat(72), hasher.hash("a".repeat(73)))).as("not cut at 72 bytes").isFalse();
        assertThat(hasher.matches("a".repeat(73), null)).isFalse();
    }

    @Test
    void upToSeventyTwoBytesBcryptGetsThePasswordItselfSoOldHashesKeepWorking() {
        String old = at.favre.lib.crypto.bcrypt.BCrypt.withDefaults().hashToString(4, "c".repeat(72).toCharArray());
        assertThat(hasher.matches("c".repeat(72), old)).isTrue();
        assertThat(PasswordHasher.input("c".repeat(72))).hasSize(72);
        assertThat(PasswordHasher.input("c".repeat(73))).hasSize(44);
        assertThat(PasswordHasher.input("c".repeat(73))).isEqualTo(PasswordHasher.input("c".repeat(73)));
    }
}
