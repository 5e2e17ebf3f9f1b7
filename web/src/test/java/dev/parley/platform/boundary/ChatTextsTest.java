package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The chat page's texts (i18n/chat*.properties for the page and its beans, i18n/chat-script*.properties for
 * what its scripts write): both languages have every text, with Russian's plural forms, and every key the
 * page and its scripts ask for exists (a missing one would show as its key).
 */
class ChatTextsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Set<String> SCRIPTS = Set.of("parley.js", "message-actions.js", "message-keys.js",
            "message-scroll.js", "messages-a11y.js", "presence.js", "server-live.js", "member-menu.js",
            "thread-panel.js", "unread.js");
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void russianHasEveryTextOfEnglishWithItsPluralForms() throws IOException {
        for (String room : Set.of("chat", "chat-script")) {
            Set<String> english = keys(room + ".properties");
            Set<String> russian = keys(room + "_ru.properties");
            Set<String> expected = new TreeSet<>(english);
            english.stream().filter(k -> k.endsWith(".other")).map(k -> k.substring(0, k.length() - ".other".length()))
                    .forEach(base -> expected.addAll(Set.of(base + ".one", base + ".few", base + ".many")));
            assertThat(russian).as(room).isEqualTo(expected).isNotEmpty();
        }
    }

    @Test
    void everyTextThePageAsksForIsThere() throws IOException {
        String page = Files.readString(WEBAPP.resolve("index.xhtml"));
        Set<String> asked = found(Pattern.compile("chat\\['([A-Za-z.]+)'\\]"), page);
        asked.addAll(Set.of("status.online", "status.idle", "status.dnd", "status.offline")); // 'status.' += status
        assertThat(asked).hasSizeGreaterThan(40);
        assertThat(keys("chat.properties")).containsAll(asked);
    }

    @Test
    void everyTextTheScriptsAskForIsThere() throws IOException {
        Set<String> asked = new TreeSet<>();
        for (String script : SCRIPTS) {
            String code = Files.readString(WEBAPP.resolve("resources/js").resolve(script));
            asked.addAll(found(Pattern.compile("parleyTexts\\.t\\(\"([A-Za-z.]+)\"[,)]"), code));
            asked.addAll(found(Pattern.compile("parley\\.words\\(\"([A-Za-z.]+)\"[,)]"), code));
            asked.addAll(found(Pattern.compile("parleyTexts\\.plural\\(\"([A-Za-z.]+)\"[,)]"), code).stream()
                    .map(k -> k + ".other").collect(Collectors.toSet()));
            // the emoji of the picker, named by key
            found(Pattern.compile("\\[\"[^\"]+\", \"([A-Za-z]+)\"\\]"), code).forEach(k -> asked.add("emoji." + k));
        }
        // keys made of a prefix and a value
        for (String action : Set.of("reply", "react", "edit", "pin", "unpin", "thread", "link", "delete")) {
            asked.add("action." + action);
        }
        for (String why : Set.of("banned", "kicked", "deleted", "left")) {
            asked.addAll(Set.of("removed." + why, "removed." + why + ".here"));
            if (!why.equals("left")) {
                asked.add("removed." + why + ".more");
            }
        }
        asked.addAll(Set.of("status.online", "status.idle", "status.dnd", "status.offline", "badge.mentions.other",
                "badge.messages.other"));
        assertThat(asked).contains("emoji.thumbsUp", "typing.single", "jump.newMessages.other").hasSizeGreaterThan(100);
        assertThat(keys("chat-script.properties")).containsAll(asked);
    }

    @Test
    void theServersSentencesWithAPartFormatInBothLanguages() {
        assertThat(format(Locale.ENGLISH, "thread.back", "general")).isEqualTo("\u2190 back to #general");
        assertThat(format(RU, "thread.back", "general")).isEqualTo("\u2190 назад в #general");
        assertThat(format(Locale.ENGLISH, "channel.welcome", "it's")).isEqualTo("Welcome to #it's!");
        assertThat(format(RU, "timeout.notice", "5 мар. 2026 г., 14:07 UTC"))
                .startsWith("Вам выдан тайм-аут на этом сервере до 5 мар. 2026 г., 14:07 UTC: ");
        assertThat(UiTexts.bundle(PlaceBacking.CHAT, RU).getString("dm.justYou")).isEqualTo("Только вы");
    }

    private static String format(Locale locale, String key, Object arg) {
        return new MessageFormat(UiTexts.bundle(PlaceBacking.CHAT, locale).getString(key), locale)
                .format(new Object[] {arg});
    }

    private static Set<String> found(Pattern pattern, String text) {
        Set<String> keys = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static Set<String> keys(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ChatTextsTest.class.getResourceAsStream("/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(texts.stringPropertyNames());
    }
}
