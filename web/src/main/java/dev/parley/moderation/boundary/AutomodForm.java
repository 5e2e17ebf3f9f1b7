package dev.parley.moderation.boundary;

import dev.parley.platform.boundary.ProblemTexts;
import dev.parley.platform.boundary.UiTexts;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pure part of the auto-moderation tab: a text area's lines as the rule's list, and the
 * service's refusal ({@code field → why}, e.g. {@code regexes[2] → is not a valid regex: …}) as one
 * sentence per input of the form, in the page's language (bundle {@code i18n.automod}).
 */
final class AutomodForm {

    static final String BUNDLE = "i18n.automod";
    /** The inputs of the editor that take a field's message; anything else goes on top of the page. */
    static final List<String> INPUTS = List.of("name", "keywords", "regexes", "action", "alertChannelId");
    static final String ELSEWHERE = "";

    private static final Pattern ENTRY = Pattern.compile("(\\w+)\\[(\\d+)]");
    private static final Pattern TOO_MANY = Pattern.compile("must have at most (\\d+) entries");

    private AutomodForm() {
    }

    /** The non-blank lines of a text area, stripped, in order. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }

    static String joined(List<String> lines) {
        return String.join("\n", lines);
    }

    static ResourceBundle bundle(Locale locale) {
        return UiTexts.bundle(BUNDLE, locale == null ? Locale.ENGLISH : locale);
    }

    /** The bundle's text, formatted only when there are arguments (so a lone apostrophe stays). */
    static String text(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /**
     * One sentence per input ({@link #INPUTS}) that the refusal names, the rest under
     * {@link #ELSEWHERE}; an entry of a list ({@code keywords[3]}) is quoted from the lines sent.
     */
    static Map<String, String> messages(Map<String, String> problems, List<String> keywords, List<String> regexes,
            ResourceBundle bundle) {
        Map<String, List<String>> byInput = new LinkedHashMap<>();
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            String field = problem.getKey();
            String why = problem.getValue();
            // the service's complaint in the page's language (the English one is what is matched below)
            String said = ProblemTexts.text(why, bundle.getLocale());
            String text;
            Matcher entry = ENTRY.matcher(field);
            if (entry.matches()) {
                field = entry.group(1);
                int at = Integer.parseInt(entry.group(2));
                List<String> sent = "keywords".equals(field) ? keywords : "regexes".equals(field) ? regexes : List.of();
                text = at < sent.size() ? text(bundle, "error.entry", sent.get(at), said) : capitalized(said);
            } else if ("keywords".equals(field) && why.startsWith("give at least one")) {
                text = text(bundle, "error.noWords");
            } else if ("alertChannelId".equals(field) && why.startsWith("is required")) {
                text = text(bundle, "error.alertRequired");
            } else {
                Matcher tooMany = TOO_MANY.matcher(why);
                text = tooMany.matches() ? text(bundle, "error.tooMany", Integer.valueOf(tooMany.group(1)))
                        : capitalized(said);
            }
            String input = INPUTS.contains(field) ? field : ELSEWHERE;
            byInput.computeIfAbsent(input, k -> new ArrayList<>()).add(input.equals(ELSEWHERE) && !field.isEmpty()
                    ? field + ": " + text : text);
        }
        Map<String, String> messages = new LinkedHashMap<>();
        byInput.forEach((input, texts) -> messages.put(input, String.join(" ", texts)));
        return messages;
    }

    private static String capitalized(String why) {
        return why == null || why.isEmpty() ? "" : Character.toUpperCase(why.charAt(0)) + why.substring(1)
                + (why.endsWith(".") ? "" : ".");
    }
}
