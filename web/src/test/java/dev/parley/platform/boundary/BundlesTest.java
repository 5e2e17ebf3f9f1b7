package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The UI's bundles ({@code i18n/<room>.properties}) speak both languages completely: every bundle has a
 * Russian file with the same keys (a plural key may have Russian's extra forms, {@code .few} and
 * {@code .many}), each text has the same placeholders in both, and an English file of its own
 * ({@code _en}, empty) so that an English page never falls back to the server's default locale.
 */
class BundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyBundleHasTheSameKeysAndPlaceholdersInRussian() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> bases = bases();
        assertThat(bases).as("the bundles are found").hasSizeGreaterThan(5);
        for (Path base : bases) {
            String name = base.getFileName().toString().replace(".properties", "");
            Path russian = base.resolveSibling(name + "_ru.properties");
            if (!Files.exists(russian)) {
                wrong.add(name + ": no Russian file");
                continue;
            }
            Properties en = load(base);
            Properties ru = load(russian);
            for (String key : en.stringPropertyNames()) {
                if (!ru.containsKey(key)) {
                    wrong.add(name + ": " + key + " has no Russian text");
                } else if (ru.containsKey(key) && !placeholders(en.getProperty(key)).equals(placeholders(ru.getProperty(key)))
                        && !isPlural(key)) {
                    wrong.add(name + ": " + key + " has placeholders " + placeholders(en.getProperty(key)) + " in English, "
                            + placeholders(ru.getProperty(key)) + " in Russian");
                }
            }
            for (String key : ru.stringPropertyNames()) {
                if (!en.containsKey(key) && !isPlural(key)) {
                    wrong.add(name + ": " + key + " is only in Russian");
                }
            }
            pluralsComplete(name, en, "one", "other", wrong);
            pluralsComplete(name, ru, "one", "few", wrong);
            pluralsComplete(name, ru, "one", "many", wrong);
            pluralsComplete(name, ru, "one", "other", wrong);
            if (!Files.exists(base.resolveSibling(name + "_en.properties"))) {
                wrong.add(name + ": no (empty) English file " + name + "_en.properties");
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A text with a count has every form of its language: the one form needs the others. */
    private static void pluralsComplete(String name, Properties texts, String one, String other, List<String> wrong) {
        for (String key : texts.stringPropertyNames()) {
            if (key.endsWith("." + one)) {
                String stem = key.substring(0, key.length() - one.length());
                if (!texts.containsKey(stem + other)) {
                    wrong.add(name + ": " + stem + one + " has no ." + other + " form");
                }
            }
        }
    }

    private static boolean isPlural(String key) {
        return key.endsWith(".one") || key.endsWith(".few") || key.endsWith(".many") || key.endsWith(".other");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Path> bases() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_"))
                    .sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }
}
