package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The language of the container's error page for a visitor who chose none: the browser's, among those the UI speaks. */
class ErrorServletTest {

    @Test
    void theFirstOfTheBrowsersLanguagesThatTheUiSpeaksElseEnglish() {
        assertThat(ErrorServlet.browserLanguage(List.of(Locale.GERMAN, Locale.forLanguageTag("ru-RU"), Locale.ENGLISH)))
                .isEqualTo(Locale.forLanguageTag("ru"));
        assertThat(ErrorServlet.browserLanguage(List.of(Locale.UK, Locale.forLanguageTag("ru"))))
                .isEqualTo(Locale.ENGLISH);
        assertThat(ErrorServlet.browserLanguage(List.of(Locale.FRENCH))).isEqualTo(Locale.ENGLISH);
        assertThat(ErrorServlet.browserLanguage(List.of())).isEqualTo(Locale.ENGLISH);
    }
}
