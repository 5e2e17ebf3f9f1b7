package dev.parley.moderation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AutomodFormTest {

    private static final ResourceBundle EN = AutomodForm.bundle(Locale.ENGLISH);
    private static final ResourceBundle RU = AutomodForm.bundle(Locale.forLanguageTag("ru"));

    @Test
    void aTextAreaIsItsNonBlankLinesStripped() {
        assertThat(AutomodForm.lines(" spoiler \r\n\n  \nthe end*\n")).containsExactly("spoiler", "the end*");
        assertThat(AutomodForm.lines(null)).isEmpty();
        assertThat(AutomodForm.lines("")).isEmpty();
    }

    @Test
    void anEntryTheServiceRefusesIsQuotedOnItsField() {
        Map<String, String> problems = new TreeMap<>(Map.of("regexes[1]", "is not a valid regex: missing closing )",
                "name", "must not be blank"));
        Map<String, String> shown = AutomodForm.messages(problems, List.of(), List.of("ok", "a(b"), EN);
        assertThat(shown).containsOnly(Map.entry("regexes", "\"a(b\" is not a valid regex: missing closing )"),
                Map.entry("name", "Must not be blank."));
        assertThat(AutomodForm.messages(problems, List.of(), List.of("ok", "a(b"), RU).get("regexes"))
                .isEqualTo("«a(b»: это некорректное регулярное выражение: missing closing )");
    }

    @Test
    void tooManyWordsNoWordsAndAMissingAlertChannelAreSaidInThePagesLanguage() {
        assertThat(AutomodForm.messages(Map.of("keywords", "must have at most 1000 entries"), List.of(), List.of(), EN))
                .containsOnly(Map.entry("keywords", "At most 1,000 lines."));
        assertThat(AutomodForm.messages(Map.of("keywords", "give at least one keyword or regex"), List.of(), List.of(),
                RU)).containsOnly(Map.entry("keywords", "Укажите хотя бы одно слово, фразу или регулярное выражение."));
        assertThat(AutomodForm.messages(Map.of("alertChannelId", "is required when the action is flag"), List.of(),
                List.of(), EN)).containsOnly(Map.entry("alertChannelId", "A flagging rule needs an alert channel."));
    }

    @Test
    void aFieldWithoutAnInputGoesOnTopNamingTheField() {
        assertThat(AutomodForm.messages(Map.of("exemptRoleIds[0]", "is not a role of this server"), List.of(),
                List.of(), EN)).containsOnly(Map.entry(AutomodForm.ELSEWHERE, "exemptRoleIds: Is not a role of this server."));
    }

    private static java.util.Set<String> keys(String file) throws java.io.IOException {
        java.util.Properties texts = new java.util.Properties();
        try (var in = AutomodFormTest.class.getResourceAsStream("/i18n/" + file)) {
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return texts.stringPropertyNames();
    }

    @Test
    void bothLanguagesHaveEveryText() throws java.io.IOException {
        // read as files: a bundle lookup would fill a missing Russian text from the English one
        assertThat(keys("automod_ru.properties")).isEqualTo(keys("automod.properties")).isNotEmpty();
        assertThat(RU.getString("tab.title")).isEqualTo("Автомодерация");
        assertThat(AutomodForm.text(EN, "saved", "No spoilers")).isEqualTo("Saved rule \"No spoilers\".");
        assertThat(AutomodForm.text(EN, "intro")).contains("rule's name");
    }
}
