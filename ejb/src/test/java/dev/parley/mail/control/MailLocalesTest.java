package dev.parley.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailLocalesTest {

    @Test
    void theUsersChoiceComesFirstThenTheRequestsThenEnglish() {
        assertThat(MailLocales.choose("ru", Locale.ENGLISH)).isEqualTo(MailLocales.RUSSIAN);
        assertThat(MailLocales.choose("ru_RU", null)).isEqualTo(MailLocales.RUSSIAN);
        assertThat(MailLocales.choose(null, Locale.forLanguageTag("ru-RU"))).isEqualTo(MailLocales.RUSSIAN);
        assertThat(MailLocales.choose("de", Locale.forLanguageTag("ru"))).as("a language we don't write falls through")
                .isEqualTo(MailLocales.RUSSIAN);
        assertThat(MailLocales.choose(null, null)).isEqualTo(Locale.ENGLISH);
        assertThat(MailLocales.choose("", Locale.GERMAN)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void acceptLanguageIsReadByItsWeights() {
        assertThat(MailLocales.ofAcceptLanguage("ru-RU,ru;q=0.9,en;q=0.8")).isEqualTo(MailLocales.RUSSIAN);
        assertThat(MailLocales.ofAcceptLanguage("de, en;q=0.5, ru;q=0.4")).isEqualTo(Locale.ENGLISH);
        assertThat(MailLocales.ofAcceptLanguage("de")).isNull();
        assertThat(MailLocales.ofAcceptLanguage(null)).isNull();
        assertThat(MailLocales.ofAcceptLanguage(";;;q=banana")).isNull();
        assertThat(MailLocales.ofAcceptLanguage("ru," + "x".repeat(1000))).isNull();
    }
}
