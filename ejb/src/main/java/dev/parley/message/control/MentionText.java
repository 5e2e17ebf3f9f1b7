package dev.parley.message.control;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mentions a message's text asks for: {@code @name} (a user's username or a role's name,
 * compared without case), {@code @everyone} and {@code @here}. Text in inline code or a fenced
 * code block mentions nobody, and neither does an address such as {@code ada@example.com}.
 * Which names are people or roles, and whether the author may mention everyone, is the
 * service's to decide.
 */
public record MentionText(Set<String> names, boolean everyone) {

    public static final MentionText NONE = new MentionText(Set.of(), false);

    /** Usernames are 2–32 of these (Registration); role names are matched the same way. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@-])@([A-Za-z0-9_.-]{2,32})(?![A-Za-z0-9_-])");
    private static final Pattern FENCE = Pattern.compile("(?s)```.*?(```|$)");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    /** more names than this are ignored: a message is no way to page a whole directory */
    static final int MAX_NAMES = 50;

    public static MentionText of(String content) {
        if (content == null || content.indexOf('@') < 0) {
            return NONE;
        }
        String text = INLINE_CODE.matcher(FENCE.matcher(content).replaceAll(" ")).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        boolean everyone = false;
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            // a trailing dot ends a sentence, it is not part of the name
            while (name.endsWith(".")) {
                name = name.substring(0, name.length() - 1);
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("everyone") || lower.equals("here")) {
                everyone = true;
            } else if (lower.length() >= 2 && names.size() < MAX_NAMES) {
                names.add(lower);
            }
        }
        return names.isEmpty() && !everyone ? NONE : new MentionText(Set.copyOf(names), everyone);
    }
}
