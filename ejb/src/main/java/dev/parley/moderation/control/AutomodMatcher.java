package dev.parley.moderation.control;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The text side of one auto-moderation rule, compiled once: does a message match its keywords or
 * its regexes? Keywords are Discord's: a word or phrase matched case-insensitively on word
 * boundaries (letters, digits, marks and {@code _} are word characters, in any script), with
 * {@code *} at the start and/or end as a wildcard ({@code cat*} catches "catch", {@code *cat}
 * "bobcat", {@code *cat*} "concatenate"); runs of whitespace count as one space. Regexes are RE2
 * syntax (no backreferences or look-arounds), case-insensitive, matched by RE2J in time linear in
 * the message; a pattern whose compiled size would be large (nested counted repetitions) is
 * refused when the rule is written, and every match still runs under a deadline: a regex that
 * has not answered by then counts as no match (and is logged), so no pattern can hold a send.
 */
public final class AutomodMatcher {

    private static final Logger LOG = Logger.getLogger(AutomodMatcher.class.getName());

    public static final int MAX_KEYWORDS = 1000;
    public static final int KEYWORD_MAX_LENGTH = 60;
    public static final int MAX_REGEXES = 10;
    public static final int REGEX_MAX_LENGTH = 260;
    /** the largest estimated program a regex may compile to (RE2 expands {@code x{n}} into n copies) */
    static final int REGEX_MAX_SIZE = 2000;
    /**
     * how long one message's regexes of one rule may take, in nanoseconds: far above what a
     * message of 4,000 characters takes a pattern within {@link #REGEX_MAX_SIZE} (under a
     * millisecond), so that only a pathological one, or a machine in distress, is cut off
     */
    static final long REGEX_BUDGET_NANOS = 25_000_000L;

    private record Keyword(String core, boolean startBoundary, boolean endBoundary) {
    }

    private final List<Keyword> keywords;
    private final List<Pattern> regexes;
    private final long budgetNanos;

    private AutomodMatcher(List<Keyword> keywords, List<Pattern> regexes, long budgetNanos) {
        this.keywords = keywords;
        this.regexes = regexes;
        this.budgetNanos = budgetNanos;
    }

    /** Compiles checked keywords and regexes (see {@link #keywordProblem}, {@link #regexProblem}). */
    public static AutomodMatcher compile(List<String> keywords, List<String> regexes) {
        return compile(keywords, regexes, REGEX_BUDGET_NANOS);
    }

    static AutomodMatcher compile(List<String> keywords, List<String> regexes, long budgetNanos) {
        List<Keyword> compiled = new ArrayList<>();
        for (String k : keywords == null ? List.<String>of() : keywords) {
            String text = normalize(k.strip());
            boolean openStart = text.startsWith("*");
            boolean openEnd = text.length() > 1 && text.endsWith("*");
            String core = text.substring(openStart ? 1 : 0, text.length() - (openEnd ? 1 : 0));
            if (core.isEmpty()) {
                continue;
            }
            compiled.add(new Keyword(core, !openStart && isWord(core.codePointAt(0)),
                    !openEnd && isWord(core.codePointBefore(core.length()))));
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String r : regexes == null ? List.<String>of() : regexes) {
            Pattern p = Pattern.compile(r, Pattern.CASE_INSENSITIVE);
            p.matcher("").find(); // loads the matching machinery now, not under a message's deadline
            patterns.add(p);
        }
        return new AutomodMatcher(List.copyOf(compiled), List.copyOf(patterns), budgetNanos);
    }

    /** What is wrong with a keyword, if anything. */
    public static Optional<String> keywordProblem(String keyword) {
        if (keyword == null || keyword.isBlank()) {
            return Optional.of("must not be blank");
        }
        String text = keyword.strip();
        if (text.length() > KEYWORD_MAX_LENGTH) {
            return Optional.of("must be at most " + KEYWORD_MAX_LENGTH + " characters");
        }
        if (text.replace("*", "").isBlank()) {
            return Optional.of("must have text besides *");
        }
        return Optional.empty();
    }

    /** What is wrong with a regex, if anything: too long, not RE2 syntax, or too large once compiled. */
    public static Optional<String> regexProblem(String regex) {
        if (regex == null || regex.isEmpty()) {
            return Optional.of("must not be empty");
        }
        if (regex.length() > REGEX_MAX_LENGTH) {
            return Optional.of("must be at most " + REGEX_MAX_LENGTH + " characters");
        }
        if (estimatedSize(regex) > REGEX_MAX_SIZE) {
            return Optional.of("repeats too much (nested or large {n,m} counts)");
        }
        try {
            Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            return Optional.of("is not a valid regex: " + e.getDescription());
        }
        return Optional.empty();
    }

    /** Whether the content matches a keyword or a regex. */
    public boolean matches(String content) {
        if (content == null || content.isEmpty()) {
            return false;
        }
        if (!keywords.isEmpty()) {
            String text = normalize(content);
            for (Keyword k : keywords) {
                if (found(text, k)) {
                    return true;
                }
            }
        }
        if (!regexes.isEmpty()) {
            Deadline input = new Deadline(content, System.nanoTime() + budgetNanos);
            for (Pattern p : regexes) {
                try {
                    if (p.matcher(input).find()) {
                        return true;
                    }
                } catch (Deadline.Passed e) {
                    // the pattern's text is the server's business; its length says enough to find it
                    LOG.warning(() -> "an auto-moderation regex of " + p.pattern().length()
                            + " characters ran out of time on a message of " + content.length()
                            + " characters; counted as no match");
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean found(String text, Keyword k) {
        String core = k.core();
        for (int i = text.indexOf(core); i >= 0; i = text.indexOf(core, i + 1)) {
            int end = i + core.length();
            boolean startOk = !k.startBoundary() || i == 0 || !isWord(text.codePointBefore(i));
            boolean endOk = !k.endBoundary() || end == text.length() || !isWord(text.codePointAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    /** Lower case (in no locale), whitespace runs as one space. */
    static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = null;
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean ws = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (ws && (space || c != ' ') && out == null) {
                out = new StringBuilder(lower.length()).append(lower, 0, i);
            }
            if (out != null) {
                if (!ws) {
                    out.append(c);
                } else if (!space) {
                    out.append(' ');
                }
            }
            space = ws;
        }
        return out == null ? lower : out.toString();
    }

    static boolean isWord(int codePoint) {
        if (codePoint == '_' || Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * A rough size of the program RE2 compiles the regex to: every atom counts one, times the
     * counts of the repetitions around it ({@code (a{100}){100}} is 10,000). Escapes and
     * character classes are one atom; {@code *}, {@code +} and {@code ?} do not multiply.
     */
    static long estimatedSize(String regex) {
        java.util.ArrayDeque<long[]> frames = new java.util.ArrayDeque<>(); // {total, last atom}
        long[] frame = {0, 0};
        int i = 0;
        int n = regex.length();
        while (i < n) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                frame[0] += 1;
                frame[1] = 1;
            } else if (c == '[') {
                i = endOfClass(regex, i);
                frame[0] += 1;
                frame[1] = 1;
            } else if (c == '(') {
                frames.push(frame);
                frame = new long[] {0, 0};
                i++;
            } else if (c == ')') {
                long size = frame[0];
                frame = frames.isEmpty() ? new long[] {0, 0} : frames.pop();
                frame[0] += size;
                frame[1] = size;
                i++;
            } else if (c == '|') {
                frame[1] = 0;
                i++;
            } else if (c == '{') {
                int close = regex.indexOf('}', i);
                long max = close < 0 ? -1 : repeatMax(regex.substring(i + 1, close));
                if (max < 0) {
                    frame[0] += 1; // a literal brace
                    frame[1] = 1;
                    i++;
                } else {
                    frame[0] += frame[1] * (max - 1);
                    frame[1] *= max;
                    i = close + 1;
                }
            } else {
                frame[0] += 1;
                frame[1] = 1;
                i++;
            }
            if (frame[0] > Integer.MAX_VALUE) {
                return Long.MAX_VALUE;
            }
        }
        long total = frame[0];
        while (!frames.isEmpty()) {
            total += frames.pop()[0];
        }
        return total;
    }

    /** The largest count of {@code n}, {@code n,} or {@code n,m}; -1 if it is not a count. */
    private static long repeatMax(String inside) {
        if (!inside.matches("\\d{1,4}(,\\d{0,4})?")) {
            return -1;
        }
        int comma = inside.indexOf(',');
        if (comma < 0) {
            return Long.parseLong(inside);
        }
        String upper = inside.substring(comma + 1);
        return upper.isEmpty() ? Long.parseLong(inside.substring(0, comma)) + 1 : Long.parseLong(upper);
    }

    private static int endOfClass(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        while (i < regex.length() && regex.charAt(i) != ']') {
            i += regex.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    /** The message as RE2J reads it, refusing to be read past a deadline. */
    private static final class Deadline implements CharSequence {

        /** Thrown (cheaply: no stack) when the deadline passed. */
        static final class Passed extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Passed() {
                super("deadline passed", null, false, false);
            }
        }

        private final String text;
        private final long deadline;
        private int reads;

        Deadline(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 15) == 0 && System.nanoTime() > deadline) {
                throw new Passed();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
