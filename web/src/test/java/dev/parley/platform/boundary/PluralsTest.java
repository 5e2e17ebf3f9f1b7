package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ListResourceBundle;
import org.junit.jupiter.api.Test;

class PluralsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void russianHasOneFewAndManyByTheLastDigits() {
        assertThat(Plurals.category(RU, 1)).isEqualTo("one");
        assertThat(Plurals.category(RU, 21)).isEqualTo("one");
        assertThat(Plurals.category(RU, 11)).isEqualTo("many");
        assertThat(Plurals.category(RU, 2)).isEqualTo("few");
        assertThat(Plurals.category(RU, 24)).isEqualTo("few");
        assertThat(Plurals.category(RU, 12)).isEqualTo("many");
        assertThat(Plurals.category(RU, 0)).isEqualTo("many");
        assertThat(Plurals.category(RU, 5)).isEqualTo("many");
        assertThat(Plurals.category(RU, 111)).isEqualTo("many");
    }

    @Test
    void englishHasOneAndOther() {
        assertThat(Plurals.category(Locale.ENGLISH, 1)).isEqualTo("one");
        assertThat(Plurals.category(Locale.ENGLISH, 0)).isEqualTo("other");
        assertThat(Plurals.category(Locale.ENGLISH, 2)).isEqualTo("other");
    }

    @Test
    void aPluralTextTakesTheFormOfItsCountAndFallsBackToOther() {
        ListResourceBundle ru = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"members.one", "{0} участник"}, {"members.few", "{0} участника"},
                        {"members.many", "{0} участников"}, {"members.other", "{0} участника"}};
            }
        };
        assertThat(UiTexts.plural(ru, RU, "members", 1)).isEqualTo("1 участник");
        assertThat(UiTexts.plural(ru, RU, "members", 3)).isEqualTo("3 участника");
        assertThat(UiTexts.plural(ru, RU, "members", 5)).isEqualTo("5 участников");
        assertThat(UiTexts.plural(ru, RU, "members", 1500)).isEqualTo("1\u00a0500 участников");
    }

    @Test
    void textsForAScriptCannotEndItsElement() {
        assertThat(UiTexts.scriptSafe("{\"a\":\"</script><b>&amp;\"}"))
                .isEqualTo("{\"a\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;\"}");
    }
}
