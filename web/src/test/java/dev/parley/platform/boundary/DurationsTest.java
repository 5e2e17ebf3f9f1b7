package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DurationsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private static String in(Locale locale, long count, ChronoUnit unit) {
        return Durations.of(UiTexts.bundle(Durations.BUNDLE, locale), locale, count, unit);
    }

    @Test
    void englishSaysOneOrMore() {
        assertThat(in(Locale.ENGLISH, 1, ChronoUnit.MINUTES)).isEqualTo("1 minute");
        assertThat(in(Locale.ENGLISH, 10, ChronoUnit.MINUTES)).isEqualTo("10 minutes");
        assertThat(in(Locale.ENGLISH, 60, ChronoUnit.SECONDS)).isEqualTo("60 seconds");
        assertThat(in(Locale.ENGLISH, 1, ChronoUnit.WEEKS)).isEqualTo("1 week");
    }

    @Test
    void russianTakesTheFormOfItsLastDigits() {
        assertThat(in(RU, 1, ChronoUnit.MINUTES)).isEqualTo("1 минута");
        assertThat(in(RU, 5, ChronoUnit.MINUTES)).isEqualTo("5 минут");
        assertThat(in(RU, 15, ChronoUnit.MINUTES)).isEqualTo("15 минут");
        assertThat(in(RU, 30, ChronoUnit.SECONDS)).isEqualTo("30 секунд");
        assertThat(in(RU, 6, ChronoUnit.HOURS)).isEqualTo("6 часов");
        assertThat(in(RU, 1, ChronoUnit.HOURS)).isEqualTo("1 час");
        assertThat(in(RU, 7, ChronoUnit.DAYS)).isEqualTo("7 дней");
        assertThat(in(RU, 2, ChronoUnit.DAYS)).isEqualTo("2 дня");
        assertThat(in(RU, 21, ChronoUnit.DAYS)).isEqualTo("21 день");
        assertThat(in(RU, 1, ChronoUnit.WEEKS)).isEqualTo("1 неделя");
    }

    @Test
    void aUnitWithoutWordsIsAMistake() {
        assertThatThrownBy(() -> in(Locale.ENGLISH, 1, ChronoUnit.MONTHS)).isInstanceOf(IllegalArgumentException.class);
    }
}
