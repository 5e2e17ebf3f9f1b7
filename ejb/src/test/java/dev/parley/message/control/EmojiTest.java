package dev.parley.message.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmojiTest {

    @Test
    void oneEmojiOrOneSequenceThatShowsAsOneIsAReaction() {
        for (String emoji : new String[] {"\uD83D\uDC4D", "\u2764\uFE0F", "\u2764", "\uD83D\uDE02",
                "\uD83D\uDC4D\uD83C\uDFFD", // thumbs up, medium skin tone
                "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66", // family
                "\uD83C\uDDFA\uD83C\uDDE6", // flag: Ukraine
                "1\uFE0F\u20E3", "#\u20E3", // keycaps
                "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F", // flag: Scotland
                "\uD83E\uDEE0", "\u2705", "\u00A9\uFE0F", "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08"}) {
            assertThat(Emoji.isSingle(emoji)).as(emoji).isTrue();
        }
    }

    @Test
    void textMarkupSeveralEmojiAndBrokenSequencesAreNot() {
        for (String text : new String[] {null, "", "a", "ok", ":thumbsup:", "<script>", "1", "#", "\u200D",
                "\uD83D\uDC4D\uD83D\uDC4D", "\uD83D\uDC4D ", " \uD83D\uDC4D", "\uD83D\uDC4Da", "\uD83C\uDDFA",
                "\uD83C\uDDFA\uD83C\uDDE6\uD83C\uDDFA", "\uD83D\uDC4D\u200D", "\uFE0F", "\u20E3",
                "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62", "' OR 1=1 --", "\uD83D", "%F0%9F%91%8D",
                "\uD83D\uDC4D".repeat(40)}) {
            assertThat(Emoji.isSingle(text)).as(String.valueOf(text)).isFalse();
        }
    }
}
