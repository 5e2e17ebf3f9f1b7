package dev.parley.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class InputsTest {

    record Message(@NotBlank String content, String nonce, Integer count) {
    }

    private static Map<String, String> problems(Object input) {
        Map<String, String> fields = new TreeMap<>();
        Inputs.textProblems(input, fields);
        return fields;
    }

    @Test
    void aNulInAnyTextIsRefusedNamingTheField() {
        assertThat(problems(new Message("hi\0", "n\0", 1)))
                .containsEntry("content", "must not contain NUL characters")
                .containsEntry("nonce", "must not contain NUL characters");
    }

    @Test
    void anUnpairedSurrogateIsRefusedAndAPairIsFine() {
        assertThat(problems(new Message("\ud800", null, null))).containsEntry("content", "must be valid Unicode text");
        assertThat(problems(new Message("x\udc00y", null, null))).containsKey("content");
        assertThat(problems(new Message("party 🎉", "😀", null))).isEmpty();
    }

    @Test
    void requiredTextOfOnlyInvisibleCharactersIsBlank() {
        for (String invisible : new String[] {"\u200b", "\u00a0", "\u200c\u200d", "\u2060", "\ufeff", "\u2007\u202f",
                "\u3000", " \t\n", "\u200e\u200f", "\u3164"}) {
            assertThat(problems(new Message(invisible, null, null))).as(invisible.codePoints().boxed().toList().toString())
                    .containsEntry("content", "must not be blank");
        }
        assertThat(problems(new Message("\u200bhi\u00a0", "\u200b", null))).as("visible content; nonce not required")
                .isEmpty();
        assertThat(problems(new Message(null, null, null))).as("null is Bean Validation's to refuse").isEmpty();
    }

    @Test
    void blankIsUnicodeAware() {
        assertThat(Texts.isBlank("")).isTrue();
        assertThat(Texts.isBlank("\u00a0\u200b")).isTrue();
        assertThat(Texts.isBlank("ä")).isFalse();
        assertThat(Texts.isBlank("<script>")).isFalse();
    }
}
