package dev.parley.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutomodMatcherTest {

    private static AutomodMatcher keywords(String... words) {
        return AutomodMatcher.compile(List.of(words), List.of());
    }

    private static AutomodMatcher regexes(String... patterns) {
        return AutomodMatcher.compile(List.of(), List.of(patterns));
    }

    @Test
    void aKeywordMatchesWholeWordsOnlyInAnyCase() {
        AutomodMatcher cat = keywords("cat");
        assertThat(cat.matches("my CAT sleeps")).isTrue();
        assertThat(cat.matches("Cat!")).isTrue();
        assertThat(cat.matches("cat")).isTrue();
        assertThat(cat.matches("(cat)")).isTrue();
        assertThat(cat.matches("concatenate")).isFalse();
        assertThat(cat.matches("cats")).isFalse();
        assertThat(cat.matches("bobcat")).isFalse();
        assertThat(cat.matches("cat_food")).isFalse();
        assertThat(cat.matches("")).isFalse();
    }

    @Test
    void aStarAtEitherEndIsAWildcardAsInDiscord() {
        assertThat(keywords("cat*").matches("he will catch it")).isTrue();
        assertThat(keywords("cat*").matches("bobcat")).isFalse();
        assertThat(keywords("*cat").matches("a bobcat")).isTrue();
        assertThat(keywords("*cat").matches("catch")).isFalse();
        assertThat(keywords("*cat*").matches("concatenate")).isTrue();
        assertThat(keywords("*cat*").matches("dog")).isFalse();
    }

    @Test
    void aPhraseMatchesAcrossAnyWhitespace() {
        AutomodMatcher phrase = keywords("free   nitro");
        assertThat(phrase.matches("get FREE\n nitro now")).isTrue();
        assertThat(phrase.matches("freenitro")).isFalse();
        assertThat(phrase.matches("free nitrogen")).isFalse();
    }

    @Test
    void wordsOfOtherScriptsHaveTheirBoundariesAndCase() {
        AutomodMatcher cyrillic = keywords("кот");
        assertThat(cyrillic.matches("Мой КОТ спит")).isTrue();
        assertThat(cyrillic.matches("котлета")).isFalse();
        assertThat(keywords("café").matches("un CAFÉ noir")).isTrue();
        assertThat(keywords("café").matches("cafés")).isFalse();
        assertThat(keywords("straße").matches("STRASSE")).isFalse(); // lower case, not full case folding
        assertThat(keywords("c++").matches("I write C++ daily")).isTrue();
    }

    @Test
    void regexesAreCaseInsensitiveAndFoundAnywhere() {
        AutomodMatcher invite = regexes("discord\\.gg/\\w+", "\\d{3}-\\d{4}");
        assertThat(invite.matches("join DISCORD.GG/abc")).isTrue();
        assertThat(invite.matches("call 555-1234")).isTrue();
        assertThat(invite.matches("nothing here")).isFalse();
    }

    @Test
    void aCatastrophicPatternAnswersQuickly() {
        AutomodMatcher evil = regexes("(a+)+$", "(a|aa)+b");
        String input = "a".repeat(4000) + "!"; // the longest message
        // a backtracking engine would take longer than the age of the universe; RE2J is linear
        boolean matched = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> evil.matches(input));
        assertThat(matched).isFalse();
    }

    @Test
    void aPatternThatRunsOutOfTimeCountsAsNoMatch() {
        // no time at all: every regex is cut off at its first check
        AutomodMatcher slow = AutomodMatcher.compile(List.of(), List.of("a{1,100}b"), 0);
        assertThat(slow.matches("a".repeat(1000))).isFalse();
        AutomodMatcher plenty = AutomodMatcher.compile(List.of(), List.of("a{1,100}b"), 10_000_000_000L);
        assertThat(plenty.matches("a".repeat(1000) + "b")).isTrue();
    }

    @Test
    void badOrExplodingRegexesAreRefusedWithAReason() {
        assertThat(AutomodMatcher.regexProblem("(unclosed")).get().asString().startsWith("is not a valid regex");
        assertThat(AutomodMatcher.regexProblem("(a)\\1")).get().asString().startsWith("is not a valid regex");
        assertThat(AutomodMatcher.regexProblem("(?=look)ahead")).get().asString().startsWith("is not a valid regex");
        assertThat(AutomodMatcher.regexProblem("x".repeat(261))).contains("must be at most 260 characters");
        assertThat(AutomodMatcher.regexProblem("((a{100}){100}){100}")).get().asString().startsWith("repeats too much");
        assertThat(AutomodMatcher.regexProblem("(a{1,1000}){1,1000}")).get().asString().startsWith("repeats too much");
        assertThat(AutomodMatcher.regexProblem("[a-z]{2,50}\\.[a-z]{2,30}")).isEmpty();
        assertThat(AutomodMatcher.regexProblem("\\d{3}-\\d{4}")).isEmpty();
        assertThat(AutomodMatcher.regexProblem("[{]{3}")).isEmpty();
    }

    @Test
    void keywordsAreRefusedWhenBlankTooLongOrOnlyStars() {
        assertThat(AutomodMatcher.keywordProblem("  ")).contains("must not be blank");
        assertThat(AutomodMatcher.keywordProblem("x".repeat(61))).contains("must be at most 60 characters");
        assertThat(AutomodMatcher.keywordProblem("**")).contains("must have text besides *");
        assertThat(AutomodMatcher.keywordProblem("cat*")).isEmpty();
    }
}
