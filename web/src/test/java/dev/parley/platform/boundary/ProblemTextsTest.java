package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTextsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private static final String PO = """
            # a comment
            msgid ""
            msgstr ""
            "Language: ru\\n"

            #: Somewhere.java:12
            msgid "No such channel."
            msgstr "Такого канала нет."

            msgid ""
            "A long text "
            "on two lines with \\"quotes\\" and a \\\\."
            msgstr ""
            "Длинный текст "
            "в две строки с \\"кавычками\\" и \\\\."

            msgid "Slow mode: you can post again in {0} s."
            msgstr "Медленный режим: следующее сообщение через {0} с."

            msgid "{0} Try again in {1} s."
            msgstr "{0} Попробуйте снова через {1} с."

            msgid "Too many sign-ins."
            msgstr "Слишком много входов."

            msgid "You don't have permission to {0} in this server."
            msgstr "У вас нет права {0} на этом сервере."

            msgctxt "part"
            msgid "send messages"
            msgstr "отправлять сообщения"

            msgid "must be at most {0} characters"
            msgstr "не длиннее {0,plural,one{# символа}other{# символов}}"

            msgid "has {0} pins"
            msgstr "{0,plural,one{# закрепление}few{# закрепления}many{# закреплений}}"

            msgid "The request body {0}."
            msgstr "Тело запроса {0}."

            msgid "repeats the key \\"{0}\\""
            msgstr "повторяет ключ «{0}»"

            msgid "must not be blank"
            msgstr "не должно быть пустым"

            msgid "must not contain NUL characters"
            msgstr "не должно содержать символов NUL"

            msgid "is one of the most common; choose another"
            msgstr "один из самых распространённых; выберите другой"

            msgctxt "field"
            msgid "username"
            msgstr "Имя пользователя"

            msgctxt "field"
            msgid "keywords"
            msgstr "Ключевые слова"

            #, fuzzy
            msgid "Not reviewed yet."
            msgstr "Ещё не проверено."

            msgid "Not translated yet."
            msgstr ""
            """;

    private static final ProblemTexts TEXTS = ProblemTexts.parse(PO);

    @Test
    void entriesAreReadWithContextsContinuationsAndEscapes() {
        List<ProblemTexts.Po.Entry> entries = ProblemTexts.Po.parse(PO);
        assertThat(entries.get(0).msgid()).isEmpty();
        assertThat(entries.get(0).msgstr()).isEqualTo("Language: ru\n");
        assertThat(entries.get(1)).isEqualTo(new ProblemTexts.Po.Entry(null, "No such channel.", "Такого канала нет.", false, 7));
        assertThat(entries.get(2).msgid()).isEqualTo("A long text on two lines with \"quotes\" and a \\.");
        assertThat(entries.get(2).msgstr()).isEqualTo("Длинный текст в две строки с \"кавычками\" и \\.");
        assertThat(entries).filteredOn(e -> "part".equals(e.msgctxt())).singleElement()
                .extracting(ProblemTexts.Po.Entry::msgid).isEqualTo("send messages");
        assertThat(entries).filteredOn(ProblemTexts.Po.Entry::fuzzy).singleElement()
                .extracting(ProblemTexts.Po.Entry::msgid).isEqualTo("Not reviewed yet.");
    }

    @Test
    void aBrokenCatalogIsRefusedWithItsLine() {
        assertThatThrownBy(() -> ProblemTexts.Po.parse("msgid \"a\"\nmsgstr \"b\nmsgid \"c\"\nmsgstr \"d\""))
                .hasMessageStartingWith("line 2");
        assertThatThrownBy(() -> ProblemTexts.Po.parse("msgid \"a\"\nmsgid \"b\"\nmsgstr \"c\""))
                .hasMessageContaining("line 2").hasMessageContaining("out of order");
        assertThatThrownBy(() -> ProblemTexts.Po.parse("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"b\""))
                .hasMessageContaining("msgid_plural");
        assertThatThrownBy(() -> ProblemTexts.Po.parse("msgid \"a\\q\"\nmsgstr \"b\"")).hasMessageContaining("escape");
        assertThatThrownBy(() -> ProblemTexts.Po.parse("msgid \"a\"\n")).hasMessageContaining("without msgstr");
    }

    @Test
    void anExactEntryIsFoundFirst() {
        assertThat(TEXTS.translate("No such channel.")).isEqualTo("Такого канала нет.");
        assertThat(TEXTS.translate("A long text on two lines with \"quotes\" and a \\."))
                .isEqualTo("Длинный текст в две строки с \"кавычками\" и \\.");
    }

    @Test
    void aPatternFillsInItsValuesAndTranslatesThoseThatAreTextsToo() {
        assertThat(TEXTS.translate("Slow mode: you can post again in 12 s."))
                .isEqualTo("Медленный режим: следующее сообщение через 12 с.");
        assertThat(TEXTS.translate("Too many sign-ins. Try again in 30 s."))
                .isEqualTo("Слишком много входов. Попробуйте снова через 30 с.");
        assertThat(TEXTS.translate("You don't have permission to send messages in this server."))
                .isEqualTo("У вас нет права отправлять сообщения на этом сервере.");
        // a value that is a text: an exact one, or one of a pattern
        assertThat(TEXTS.translate("The request body must not be blank.")).isEqualTo("Тело запроса не должно быть пустым.");
        assertThat(TEXTS.translate("The request body repeats the key \"a\".")).isEqualTo("Тело запроса повторяет ключ «a».");
        // a value that is no text stays as it is
        assertThat(TEXTS.translate("You don't have permission to juggle in this server."))
                .isEqualTo("У вас нет права juggle на этом сервере.");
    }

    @Test
    void aNumberChoosesItsRussianPluralForm() {
        assertThat(TEXTS.translate("must be at most 1 characters")).isEqualTo("не длиннее 1 символа");
        assertThat(TEXTS.translate("must be at most 21 characters")).isEqualTo("не длиннее 21 символа");
        assertThat(TEXTS.translate("must be at most 32 characters")).isEqualTo("не длиннее 32 символов");
        assertThat(TEXTS.translate("must be at most 100 characters")).isEqualTo("не длиннее 100 символов");
        assertThat(TEXTS.translate("has 1 pins")).isEqualTo("1 закрепление");
        assertThat(TEXTS.translate("has 3 pins")).isEqualTo("3 закрепления");
        assertThat(TEXTS.translate("has 11 pins")).isEqualTo("11 закреплений");
        assertThat(TEXTS.translate("has many pins")).as("no number: the last form").isEqualTo("many закреплений");
    }

    @Test
    void complaintsJoinedBySemicolonsAreTranslatedOneByOneUnlessTheWholeIsKnown() {
        assertThat(TEXTS.translate("must not contain NUL characters; must not be blank"))
                .isEqualTo("не должно содержать символов NUL; не должно быть пустым");
        assertThat(TEXTS.translate("is one of the most common; choose another"))
                .isEqualTo("один из самых распространённых; выберите другой");
        assertThat(TEXTS.translate("must not be blank; is odd")).isEqualTo("не должно быть пустым; is odd");
    }

    @Test
    void whatTheCatalogDoesNotKnowStaysEnglish() {
        assertThat(TEXTS.translate("Something entirely new.")).isEqualTo("Something entirely new.");
        assertThat(TEXTS.translate("Not reviewed yet.")).as("fuzzy").isEqualTo("Not reviewed yet.");
        assertThat(TEXTS.translate("Not translated yet.")).as("empty msgstr").isEqualTo("Not translated yet.");
        assertThat(TEXTS.translate(null)).isNull();
        assertThat(TEXTS.knows("No such channel.")).isTrue();
        assertThat(TEXTS.knows("Slow mode: you can post again in 3 s.")).isTrue();
        assertThat(TEXTS.knows("Not translated yet.")).isFalse();
    }

    @Test
    void fieldNamesHaveTheirOwnContext() {
        assertThat(TEXTS.fieldName("username")).isEqualTo("Имя пользователя");
        assertThat(TEXTS.fieldName("keywords[2]")).isEqualTo("Ключевые слова");
        assertThat(TEXTS.fieldName("[0].username")).isEqualTo("Имя пользователя");
        assertThat(TEXTS.fieldName("send messages")).isNull();
        assertThat(TEXTS.translate("username")).as("a field name is not a text").isEqualTo("username");
    }

    @Test
    void englishIsTheSourceAndRussianComesFromTheCatalogOnTheClassPath() {
        assertThat(ProblemTexts.text("No such channel.", Locale.ENGLISH)).isEqualTo("No such channel.");
        assertThat(ProblemTexts.text("No such channel.", Locale.GERMAN)).isEqualTo("No such channel.");
        assertThat(ProblemTexts.text("No such channel.", RU)).isEqualTo("Такого канала нет.");
        assertThat(ProblemTexts.text("No such channel.", Locale.forLanguageTag("ru-RU"))).isEqualTo("Такого канала нет.");
        assertThat(ProblemTexts.field("username", RU)).isEqualTo("Имя пользователя");
        assertThat(ProblemTexts.field("username", Locale.ENGLISH)).isEqualTo("Username");
        assertThat(ProblemTexts.field("noSuchField", RU)).isEqualTo("NoSuchField");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", "is already taken");
        fields.put("email", "must not be blank");
        assertThat(ProblemTexts.fields(fields, RU)).containsExactly(Map.entry("username", "это имя уже занято"),
                Map.entry("email", "не должно быть пустым"));
        assertThat(ProblemTexts.fields(fields, Locale.ENGLISH)).isSameAs(fields);
    }

    @Test
    void theLanguageIsTheOneAcceptLanguagePrefersAmongEnglishAndRussian() {
        assertThat(ProblemTexts.negotiate("ru")).isEqualTo(RU);
        assertThat(ProblemTexts.negotiate("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7")).isEqualTo(RU);
        assertThat(ProblemTexts.negotiate("en;q=0.5, ru;q=0.8")).isEqualTo(RU);
        assertThat(ProblemTexts.negotiate("ru;q=0.3, en;q=0.8")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemTexts.negotiate("de, ru;q=0.5")).isEqualTo(RU);
        assertThat(ProblemTexts.negotiate("ru;q=0, en")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemTexts.negotiate("de")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemTexts.negotiate(null)).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemTexts.negotiate("")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemTexts.negotiate("ru;q=oops")).isEqualTo(Locale.ENGLISH);
    }
}
