package dev.parley.platform.boundary;

import dev.parley.mail.control.MailLocales;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a refused request says, in the reader's language. Services throw their problems in English
 * ({@code "No such channel."}, field complaints such as {@code "must not be blank"}); the boundaries
 * (REST's {@link ProblemMapper}, the pages' {@link PageMessages}, the gateway's error events) ask
 * here for the words in the language of the request. As in GNU gettext, the English text is the key,
 * so no throw site needs to change: the Russian catalog {@value #CATALOG} (PO format) maps each English
 * text to its Russian one. A text with variable parts has a pattern entry whose {@code msgid} writes them
 * {@code {0}}, {@code {1}} ({@code "Slow mode: you can post again in {0} s."}).
 *
 * <p>Looking a text up in Russian: the exact entry, else the first pattern entry that matches (those
 * with the most fixed text first), else, for complaints joined with {@code "; "}, each part on its own,
 * else the English text unchanged. A pattern's values are kept as they are, except that a value that is
 * itself a text of the catalog — an entry of context {@value #PART} (words that only occur inside other
 * texts, such as a permission's "send messages"), else an ordinary entry or pattern — is put in its
 * Russian form. A {@code msgstr} may choose words by a number's Russian plural form:
 * {@code {0,plural,one{# символа}other{# символов}}} ({@code #} is the number; the forms are
 * {@link Plurals}' {@code one}, {@code few}, {@code many}, {@code other}, the last one given being the
 * fallback). Field names (the keys of {@code fields}, such as {@code username}) have entries of context
 * {@value #FIELD}, for pages that name the field.
 *
 * <p>Entries with an empty {@code msgstr} or flagged {@code fuzzy} count as untranslated, as in gettext.
 */
public final class ProblemTexts {

    /** Where the Russian catalog is on the class path. */
    public static final String CATALOG = "i18n/problems_ru.po";
    /** The context of field names. */
    public static final String FIELD = "field";
    /** The context of words that only occur inside other texts. */
    public static final String PART = "part";

    private static final Logger LOG = Logger.getLogger(ProblemTexts.class.getName());
    private static final Locale RUSSIAN = MailLocales.RUSSIAN;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final String JOINED = "; ";

    /** The one Russian catalog, read when first needed. */
    private static final class Russian {
        static final ProblemTexts TEXTS = load();
    }

    /** Entries by context and msgid (context "" for none). */
    private final Map<String, Map<String, String>> exact;
    private final List<Template> templates;

    private ProblemTexts(Map<String, Map<String, String>> exact, List<Template> templates) {
        this.exact = exact;
        this.templates = templates;
    }

    /** The language among English and Russian that an {@code Accept-Language} header prefers (q-values honoured); English when it names neither. */
    public static Locale negotiate(String acceptLanguage) {
        Locale chosen = MailLocales.ofAcceptLanguage(acceptLanguage);
        return chosen == null ? Locale.ENGLISH : chosen;
    }

    /** Whether texts in this language come from the Russian catalog. */
    public static boolean isRussian(Locale locale) {
        return locale != null && RUSSIAN.getLanguage().equals(locale.getLanguage());
    }

    /** A problem text (a title, a detail, a field complaint) in the language; null stays null. */
    public static String text(String english, Locale locale) {
        return isRussian(locale) ? Russian.TEXTS.translate(english) : english;
    }

    /** The field complaints with their keys as they are and their texts in the language, in the same order. */
    public static Map<String, String> fields(Map<String, String> complaints, Locale locale) {
        if (complaints == null || !isRussian(locale)) {
            return complaints;
        }
        Map<String, String> translated = new LinkedHashMap<>();
        complaints.forEach((field, why) -> translated.put(field, Russian.TEXTS.translate(why)));
        return translated;
    }

    /**
     * A field's name for a person: in Russian its catalog name (for {@code keywords[2]} or {@code mapping.group}
     * that of the name itself, {@code keywords} or {@code group}); otherwise, and when none is known, the key
     * with a capital first letter, as English pages have always shown it.
     */
    public static String field(String key, Locale locale) {
        if (isRussian(locale) && key != null) {
            String name = Russian.TEXTS.fieldName(key);
            if (name != null) {
                return name;
            }
        }
        return key == null || key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    /** The Russian of an English text, by the rules above; the English text when the catalog has none. */
    String translate(String english) {
        if (english == null || english.isEmpty()) {
            return english;
        }
        String whole = whole(english);
        if (whole != null) {
            return whole;
        }
        if (english.contains(JOINED)) {
            StringJoiner joined = new StringJoiner(JOINED);
            for (String part : english.split(JOINED, -1)) {
                joined.add(translate(part));
            }
            return joined.toString();
        }
        return english;
    }

    /** The Russian of the whole text by its exact entry or a pattern entry, or null. */
    private String whole(String english) {
        String found = exact("", english);
        if (found != null) {
            return found;
        }
        for (Template t : templates) {
            Matcher m = t.pattern.matcher(english);
            if (m.matches()) {
                String[] values = new String[Arrays.stream(t.groups).max().orElse(-1) + 1];
                for (int g = 0; g < t.groups.length; g++) {
                    values[t.groups[g]] = m.group(g + 1);
                }
                return render(t.translation, values, 0, t.translation.length());
            }
        }
        return null;
    }

    /** Whether the catalog translates this text itself: by its exact entry or a pattern entry (not by its parts). */
    boolean knows(String english) {
        if (exact("", english) != null) {
            return true;
        }
        for (Template t : templates) {
            if (t.pattern.matcher(english).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The Russian name of a field, or null. */
    String fieldName(String key) {
        String name = exact(FIELD, key);
        if (name == null) {
            String bare = key.replaceAll("\\[\\d+]", "");
            int dot = bare.lastIndexOf('.');
            name = exact(FIELD, dot >= 0 ? bare.substring(dot + 1) : bare);
        }
        return name;
    }

    /** The translation of exactly this msgid in this context ("" for none), or null. */
    String exact(String context, String msgid) {
        Map<String, String> entries = exact.get(context);
        return entries == null ? null : entries.get(msgid);
    }

    /** A value of a pattern: a text of its own in Russian if the catalog has it (a part, or a whole text), else as it is. */
    private String value(String value) {
        String part = exact(PART, value);
        if (part != null) {
            return part;
        }
        String whole = whole(value);
        return whole != null ? whole : value;
    }

    /** {@code msgstr[from, to)} with its placeholders filled in. */
    private String render(String msgstr, String[] values, int from, int to) {
        StringBuilder out = new StringBuilder();
        int i = from;
        while (i < to) {
            char c = msgstr.charAt(i);
            int close = c == '{' ? closing(msgstr, i, to) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            String inside = msgstr.substring(i + 1, close);
            int comma = inside.indexOf(',');
            String number = comma < 0 ? inside : inside.substring(0, comma);
            if (!number.matches("\\d{1,3}") || Integer.parseInt(number) >= values.length
                    || values[Integer.parseInt(number)] == null) {
                out.append(msgstr, i, close + 1);
            } else if (comma < 0) {
                out.append(value(values[Integer.parseInt(number)]));
            } else {
                out.append(plural(msgstr, i + 1 + comma + 1, close, values[Integer.parseInt(number)], values));
            }
            i = close + 1;
        }
        return out.toString();
    }

    /** {@code plural,one{…}few{…}…} at {@code [from, to)} for this value. */
    private String plural(String msgstr, int from, int to, String value, String[] values) {
        String spec = msgstr.substring(from, to);
        if (!spec.startsWith("plural,")) {
            return "{" + spec + "}";
        }
        String category;
        try {
            category = Plurals.category(RUSSIAN, Long.parseLong(value.strip()));
        } catch (NumberFormatException notANumber) {
            category = "other";
        }
        Map<String, int[]> forms = new LinkedHashMap<>();
        int i = from + "plural,".length();
        while (i < to) {
            int open = msgstr.indexOf('{', i);
            if (open < 0 || open >= to) {
                break;
            }
            int close = closing(msgstr, open, to);
            if (close < 0) {
                break;
            }
            forms.put(msgstr.substring(i, open).strip(), new int[] {open + 1, close});
            i = close + 1;
        }
        int[] chosen = forms.get(category);
        if (chosen == null && !forms.isEmpty()) {
            chosen = forms.containsKey("other") ? forms.get("other") : new ArrayList<>(forms.values()).get(forms.size() - 1);
        }
        if (chosen == null) {
            return value;
        }
        String form = msgstr.substring(chosen[0], chosen[1]).replace("#", value);
        return render(form, values, 0, form.length());
    }

    /** The index of the brace closing the one at {@code open}, or -1. */
    private static int closing(String s, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A pattern entry: its msgid as a regular expression, the placeholder number of each group, its translation. */
    private record Template(Pattern pattern, int[] groups, String translation, int fixed) {
    }

    private static Template template(String msgid, String msgstr) {
        Matcher m = PLACEHOLDER.matcher(msgid);
        StringBuilder regex = new StringBuilder();
        List<Integer> groups = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(msgid.substring(at, m.start()))).append("(.+?)");
            groups.add(Integer.valueOf(m.group(1)));
            at = m.end();
        }
        regex.append(Pattern.quote(msgid.substring(at)));
        int fixed = msgid.length() - groups.size() * 3;
        return new Template(Pattern.compile(regex.toString(), Pattern.DOTALL),
                groups.stream().mapToInt(Integer::intValue).toArray(), msgstr, fixed);
    }

    /** Whether a msgid has variable parts. */
    static boolean isPattern(String msgid) {
        return PLACEHOLDER.matcher(msgid).find();
    }

    /** The catalog of these PO entries. */
    static ProblemTexts of(List<Po.Entry> entries) {
        Map<String, Map<String, String>> exact = new HashMap<>();
        List<Template> templates = new ArrayList<>();
        for (Po.Entry e : entries) {
            if (e.msgid().isEmpty() || e.msgstr().isEmpty() || e.fuzzy()) {
                continue; // the header, and what is not translated yet
            }
            String context = e.msgctxt() == null ? "" : e.msgctxt();
            exact.computeIfAbsent(context, k -> new HashMap<>()).put(e.msgid(), e.msgstr());
            if (context.isEmpty() && isPattern(e.msgid())) {
                Template t = template(e.msgid(), e.msgstr());
                if (t.fixed() > 0) { // a pattern of nothing but values would match anything
                    templates.add(t);
                }
            }
        }
        templates.sort(Comparator.comparingInt(Template::fixed).reversed()
                .thenComparingInt(t -> t.groups().length));
        return new ProblemTexts(exact, List.copyOf(templates));
    }

    /** The catalog of this PO text. */
    static ProblemTexts parse(String po) {
        return of(Po.parse(po));
    }

    private static ProblemTexts load() {
        try (InputStream in = ProblemTexts.class.getClassLoader().getResourceAsStream(CATALOG)) {
            if (in == null) {
                throw new IllegalStateException(CATALOG + " is not on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // problems must still be answered: in English
            LOG.log(Level.SEVERE, "the Russian problem texts cannot be read; problems are answered in English", e);
            return of(List.of());
        }
    }

    /**
     * A small reader of GNU gettext PO files: entries of {@code msgctxt}, {@code msgid} and {@code msgstr},
     * each a {@code "…"} string that may continue on the following lines ({@code "…"} again, joined), with
     * the escapes {@code \"}, {@code \\}, {@code \n} and {@code \t}; {@code #} comments, of which
     * {@code #, fuzzy} marks an entry as not translated yet; blank lines between entries. Plural entries
     * ({@code msgid_plural}) are not used here and are refused.
     */
    static final class Po {

        record Entry(String msgctxt, String msgid, String msgstr, boolean fuzzy, int line) {
        }

        private Po() {
        }

        static List<Entry> parse(String text) {
            List<Entry> entries = new ArrayList<>();
            String[] lines = text.replace("\r\n", "\n").split("\n", -1);
            String ctxt = null;
            String id = null;
            String str = null;
            boolean fuzzy = false;
            int start = 0;
            String keyword = null;
            StringBuilder current = null;
            for (int n = 0; n <= lines.length; n++) {
                String line = n < lines.length ? lines[n].strip() : "";
                if (line.startsWith("\"")) {
                    if (current == null) {
                        throw new IllegalArgumentException("line " + (n + 1) + ": a string outside an entry");
                    }
                    current.append(unquote(line, n));
                    continue;
                }
                if (current != null) { // the string of the keyword before has ended
                    switch (keyword) {
                        case "msgctxt" -> ctxt = current.toString();
                        case "msgid" -> id = current.toString();
                        default -> str = current.toString();
                    }
                    current = null;
                }
                if (str != null && !line.startsWith("msgstr")) { // what follows an entry's msgstr ends it
                    entries.add(new Entry(ctxt, id, str, fuzzy, start + 1));
                    ctxt = null;
                    id = null;
                    str = null;
                    fuzzy = false;
                }
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    fuzzy |= line.startsWith("#,") && line.contains("fuzzy");
                    continue;
                }
                int space = line.indexOf(' ');
                keyword = space < 0 ? line : line.substring(0, space);
                boolean inOrder = switch (keyword) {
                    case "msgctxt" -> ctxt == null && id == null;
                    case "msgid" -> id == null;
                    case "msgstr" -> id != null && str == null;
                    default -> throw new IllegalArgumentException("line " + (n + 1) + ": " + keyword + " is not read here");
                };
                if (!inOrder) {
                    throw new IllegalArgumentException("line " + (n + 1) + ": " + keyword + " out of order");
                }
                if (!keyword.equals("msgstr") && ctxt == null && id == null) {
                    start = n;
                }
                current = new StringBuilder(unquote(space < 0 ? "" : line.substring(space + 1).strip(), n));
            }
            if (ctxt != null || id != null) {
                throw new IllegalArgumentException("line " + (start + 1) + ": an entry without msgstr");
            }
            return entries;
        }

        /** The text of one {@code "…"} string. */
        private static String unquote(String quoted, int line) {
            if (quoted.length() < 2 || !quoted.startsWith("\"") || !quoted.endsWith("\"")) {
                throw new IllegalArgumentException("line " + (line + 1) + ": not a \"…\" string: " + quoted);
            }
            StringBuilder out = new StringBuilder();
            for (int i = 1; i < quoted.length() - 1; i++) {
                char c = quoted.charAt(i);
                if (c == '"') {
                    throw new IllegalArgumentException("line " + (line + 1) + ": an unescaped \" inside a string");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (++i >= quoted.length() - 1) {
                    throw new IllegalArgumentException("line " + (line + 1) + ": a \\ at the end of a string");
                }
                char e = quoted.charAt(i);
                switch (e) {
                    case '"', '\\' -> out.append(e);
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    default -> throw new IllegalArgumentException("line " + (line + 1) + ": unknown escape \\" + e);
                }
            }
            return out.toString();
        }
    }
}
