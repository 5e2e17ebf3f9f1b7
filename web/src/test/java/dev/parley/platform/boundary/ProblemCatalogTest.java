package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.identity.control.Throttle;
import dev.parley.permission.control.Permission;
import dev.parley.platform.control.ProblemType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Russian problem catalog ({@code i18n/problems_ru.po}) knows every English problem text the code can
 * answer with: what {@link ProblemTextSources} finds in the sources of the ejb and web modules, the
 * {@link ProblemType}s' titles and default details, and the words enums put into sentences (a permission's
 * phrase, a throttle's refusal); and every field name found has a Russian name. A text added to a throw
 * site without a Russian entry fails here, naming the text and where it is thrown.
 */
class ProblemCatalogTest {

    static final Path CATALOG = Path.of("src/main/resources/" + ProblemTexts.CATALOG);
    static final Path[] SOURCES = {Path.of("../ejb/src/main/java"), Path.of("src/main/java")};
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:,plural,[^{}]*(?:\\{[^{}]*}[^{}]*)*)?}");

    static String po() {
        try {
            return Files.readString(CATALOG, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What is missing from the catalog, one line per text: the text and where it comes from. */
    static List<String> missing(ProblemTextSources sources, ProblemTexts ru) {
        List<String> missing = new ArrayList<>();
        sources.texts().values().forEach(f -> {
            boolean pattern = ProblemTexts.isPattern(f.text());
            if (pattern ? ru.exact("", f.text()) == null : !ru.knows(f.text())) {
                missing.add("msgid \"" + f.text() + "\"    (" + f.where() + ")");
            }
        });
        sources.fields().values().forEach(f -> {
            if (ru.exact(ProblemTexts.FIELD, f.text()) == null) {
                missing.add("msgctxt \"field\" msgid \"" + f.text() + "\"    (" + f.where() + ")");
            }
        });
        return missing;
    }

    /** The English texts that live in enums rather than at throw sites. */
    static Map<String, String> enumTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (ProblemType t : ProblemType.values()) {
            texts.put(t.title(), "ProblemType." + t + " title");
            texts.put(t.defaultDetail(), "ProblemType." + t + " detail");
        }
        for (Throttle t : Throttle.values()) {
            texts.put(t.refusal(), "Throttle." + t + " refusal");
        }
        return texts;
    }

    @Test
    void everyProblemTextAndFieldNameHasARussianEntry() {
        ProblemTexts ru = ProblemTexts.parse(po());
        ProblemTextSources sources = ProblemTextSources.scan(SOURCES);
        assertThat(sources.texts()).as("the sources are read").hasSizeGreaterThan(200);
        List<String> missing = missing(sources, ru);
        enumTexts().forEach((text, where) -> {
            if (!ru.knows(text)) {
                missing.add("msgid \"" + text + "\"    (" + where + ")");
            }
        });
        for (Permission p : Permission.values()) {
            if (ru.exact(ProblemTexts.PART, p.phrase()) == null && ru.exact("", p.phrase()) == null) {
                missing.add("msgctxt \"part\" msgid \"" + p.phrase() + "\"    (Permission." + p + ".phrase())");
            }
        }
        assertThat(missing).as("texts without a Russian entry in %s", CATALOG).isEmpty();
    }

    @Test
    void anUntranslatedTextIsNamedWithWhereItIsThrown() {
        String sample = """
                package sample;

                class SpoonService {
                    static final String BENT = "The spoon is bent.";

                    void find(String name, int count) {
                        if (name == null) {
                            throw new NotFoundException("No such spoon.");
                        }
                        if (count > 3) {
                            throw new ConflictException("You hold " + count + " spoons already.",
                                    Map.of("spoon", "is already yours"));
                        }
                        throw new ForbiddenException(BENT);
                    }
                }
                """;
        Map<String, String> files = new LinkedHashMap<>();
        files.put("sample/SpoonService.java", sample);
        for (String exception : List.of("NotFoundException", "ConflictException", "ForbiddenException")) {
            files.put(exception + ".java", source("ejb/src/main/java/dev/parley/platform/control/" + exception + ".java"));
        }
        ProblemTextSources sources = ProblemTextSources.of(files);
        assertThat(sources.texts().keySet()).contains("No such spoon.", "You hold {0} spoons already.",
                "is already yours", "The spoon is bent.");
        assertThat(sources.fields().keySet()).contains("spoon");

        List<String> missing = missing(sources, ProblemTexts.parse(po()));
        assertThat(missing).contains("msgid \"No such spoon.\"    (sample/SpoonService.java:8)",
                "msgid \"You hold {0} spoons already.\"    (sample/SpoonService.java:11)",
                "msgid \"is already yours\"    (sample/SpoonService.java:12)",
                "msgid \"The spoon is bent.\"    (sample/SpoonService.java:14)",
                "msgctxt \"field\" msgid \"spoon\"    (sample/SpoonService.java:12)");

        // once translated, the same sources pass
        ProblemTexts translated = ProblemTexts.parse(po() + """

                msgid "No such spoon."
                msgstr "Нет такой ложки."

                msgid "You hold {0} spoons already."
                msgstr "У вас уже {0,plural,one{# ложка}few{# ложки}other{# ложек}}."

                msgid "is already yours"
                msgstr "уже ваша"

                msgid "The spoon is bent."
                msgstr "Ложка погнута."

                msgctxt "field"
                msgid "spoon"
                msgstr "Ложка"
                """);
        assertThat(missing(sources, translated)).noneMatch(line -> line.contains("sample/"));
    }

    @Test
    void theExtractorFollowsTextsThroughConstantsHelpersAndParameters() {
        String sample = """
                package sample;

                class Rules {
                    private static final String TOO_LONG = "must be at most " + Rules.MAX + " letters";

                    static Optional<String> nameProblem(String name) {
                        String empty = "must not be empty here";
                        return name.isEmpty() ? Optional.of(empty) : Optional.of(TOO_LONG);
                    }

                    void check(Map<String, String> in) {
                        Map<String, String> problems = new TreeMap<>();
                        note(problems, "title", "must be a title");
                        problems.put(at + ".x", in.isEmpty() ? "is wrong" : "is odd");
                        if (!problems.isEmpty()) {
                            throw new InvalidInputException("Some rules are broken.", problems);
                        }
                        refuse("Try later.");
                        Problem.of(ProblemType.CONFLICT, "Clash.", Map.of("when", "now"));
                        log.info("not a problem text");
                        throw new IllegalStateException("not one either");
                    }

                    private static void note(Map<String, String> problems, String field, String why) {
                        problems.put(field, why);
                    }

                    private void refuse(String sentence) {
                        PageMessages.show(sentence);
                    }
                }
                """;
        Map<String, String> files = new LinkedHashMap<>();
        files.put("sample/Rules.java", sample);
        files.put("InvalidInputException.java", source("ejb/src/main/java/dev/parley/platform/control/InvalidInputException.java"));
        ProblemTextSources sources = ProblemTextSources.of(files);
        assertThat(sources.texts().keySet()).containsExactlyInAnyOrder("must not be empty here",
                "must be at most {0} letters", "must be a title", "is wrong", "is odd", "Some rules are broken.",
                "Try later.", "Clash.", "now");
        assertThat(sources.fields().keySet()).containsExactlyInAnyOrder("title", "when");
    }

    @Test
    void everyEntryKeepsItsPlaceholdersAndIsRussian() {
        List<String> wrong = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ProblemTexts.Po.Entry e : ProblemTexts.Po.parse(po())) {
            if (e.msgid().isEmpty()) {
                continue; // the header
            }
            String at = "line " + e.line() + " " + e.msgid();
            if (!seen.add(e.msgctxt() + "\u0004" + e.msgid())) {
                wrong.add(at + ": twice");
            }
            if (e.msgstr().isEmpty() || e.fuzzy()) {
                wrong.add(at + ": not translated");
            }
            if (!placeholders(e.msgid()).equals(placeholders(e.msgstr()))) {
                wrong.add(at + ": placeholders " + placeholders(e.msgid()) + " but " + placeholders(e.msgstr()));
            }
            if (!e.msgstr().matches("(?s).*\\p{IsCyrillic}.*") && !ProblemTexts.PART.equals(e.msgctxt())) {
                wrong.add(at + ": no Russian in \"" + e.msgstr() + "\"");
            }
            if (e.msgctxt() != null && !Set.of(ProblemTexts.FIELD, ProblemTexts.PART).contains(e.msgctxt())) {
                wrong.add(at + ": unknown context " + e.msgctxt());
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String source(String fromRoot) {
        try {
            return Files.readString(Path.of("..").resolve(fromRoot), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
