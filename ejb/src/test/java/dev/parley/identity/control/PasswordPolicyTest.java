package dev.parley.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private Map<String, String> check(String password) {
        return policy.problems(password, "anna_k", "anna.k@example.com");
    }

    @Test
    void aLongUncommonPasswordIsFine() {
        assertThat(check("violet-harbour-42")).isEmpty();
        assertThat(check("x".repeat(7) + "y")).isEmpty();
    }

    @Test
    void eightTo128CharactersCountedAsCharactersNotBytes() {
        assertThat(check("Ab3$xy7")).containsEntry("password", PasswordPolicy.TOO_SHORT);
        assertThat(check("q7#Lm2pZ")).isEmpty();
        String fourByte = "😀".repeat(127) + "🙂"; // 128 characters, 512 UTF-8 bytes
        assertThat(check(fourByte)).isEmpty();
        assertThat(check(fourByte + "a")).containsEntry("password", PasswordPolicy.TOO_LONG);
        assertThat(check("ab".repeat(64))).isEmpty();
        assertThat(check("ab".repeat(64) + "c")).containsEntry("password", PasswordPolicy.TOO_LONG);
        assertThat(PasswordPolicy.tooLong("ab".repeat(64))).isFalse();
        assertThat(PasswordPolicy.tooLong("ab".repeat(64) + "c")).isTrue();
    }

    @Test
    void theMostCommonPasswordsAreRefusedInAnyCase() {
        assertThat(check("password")).containsEntry("password", PasswordPolicy.IS_COMMON);
        assertThat(check("PassWord")).containsEntry("password", PasswordPolicy.IS_COMMON);
        assertThat(check("12345678")).containsEntry("password", PasswordPolicy.IS_COMMON);
        assertThat(check("qwertyuiop")).containsEntry("password", PasswordPolicy.IS_COMMON);
        assertThat(check("1qaz2wsx")).containsEntry("password", PasswordPolicy.IS_COMMON);
    }

    @Test
    void notTheUsernameNorTheEmailsName() {
        assertThat(check("my-ANNA_K-secret")).containsEntry("password", PasswordPolicy.HAS_USERNAME);
        assertThat(check("xx anna.k yy zz")).containsEntry("password", PasswordPolicy.HAS_EMAIL);
        assertThat(policy.problems("jo-is-fine-here", "jo", "jo@example.com")).as("two letters are too short to forbid")
                .isEmpty();
        assertThat(policy.problems("violet-harbour-42", null, null)).isEmpty();
    }

    @Test
    void notOneCharacterRepeated() {
        assertThat(check("zzzzzzzzzzzz")).containsEntry("password", PasswordPolicy.REPEATED);
        assertThat(check("😀".repeat(9))).containsEntry("password", PasswordPolicy.REPEATED);
    }

    @Test
    void blankIsNamed() {
        assertThat(check(null)).containsEntry("password", PasswordPolicy.BLANK);
        assertThat(check("")).containsEntry("password", PasswordPolicy.BLANK);
    }
}
