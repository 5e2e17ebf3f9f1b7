package dev.parley.mail.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();
    private static final Map<String, String> VALUES = Map.of("name", "<img src=x onerror=alert(1)> & \"Ada\" 'x'",
            "link", "https://chat.example.com/verify-email.xhtml?token=abc_DEF-123");

    @Test
    void theHtmlPartEscapesEveryValueAndTheTextPartKeepsItAsTyped() {
        MailTemplates.Rendered r = templates.render("verify-email", Locale.ENGLISH, VALUES);
        assertThat(r.subject()).isEqualTo("Verify your email address for Parley");
        assertThat(r.text()).startsWith("Hello <img src=x onerror=alert(1)> & \"Ada\" 'x',")
                .contains("\nhttps://chat.example.com/verify-email.xhtml?token=abc_DEF-123\n");
        assertThat(r.html()).contains("Hello &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Ada&quot; &#39;x&#39;,")
                .doesNotContain("<img").doesNotContain("{{")
                .contains("href=\"https://chat.example.com/verify-email.xhtml?token=abc_DEF-123\"");
    }

    @Test
    void everyTemplateExistsInEnglishAndRussianWithTheSamePlaceholders() {
        for (String template : new String[] {"verify-email", "reset-password"}) {
            MailTemplates.Rendered en = templates.render(template, Locale.ENGLISH, VALUES);
            MailTemplates.Rendered ru = templates.render(template, MailLocales.RUSSIAN, VALUES);
            assertThat(ru.subject()).isNotEqualTo(en.subject()).matches(".*[А-Яа-я].*");
            assertThat(ru.text()).contains(VALUES.get("link")).contains("Здравствуйте");
            assertThat(ru.html()).contains("href=\"" + VALUES.get("link") + "\"").contains("lang=\"ru\"");
            assertThat(en.html()).contains("lang=\"en\"");
        }
    }

    @Test
    void aValueIsFilledInOnceAndNotReadAsATemplate() {
        assertThat(MailTemplates.fill("{{a}} {{b}}", Map.of("a", "{{b}}", "b", "$1\\"), false)).isEqualTo("{{b}} $1\\");
        assertThatThrownBy(() -> MailTemplates.fill("{{missing}}", Map.of(), false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSubjectIsOneLine() {
        assertThat(templates.render("reset-password", Locale.ENGLISH, VALUES).subject()).doesNotContain("\n", "\r");
    }
}
