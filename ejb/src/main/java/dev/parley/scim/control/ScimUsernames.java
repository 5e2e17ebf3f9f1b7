package dev.parley.scim.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parley usernames for the provider's userNames. A userName that is a valid Parley username (2–32
 * letters, digits, '_', '.', '-') is taken as it is; any other (an email address, a name with spaces
 * or accents) gives a username made of its letters: {@code ada.lovelace@example.com} → {@code ada.lovelace},
 * {@code Zoë Müller} → {@code Zoe_Muller}. The provider keeps seeing its own userName.
 */
public final class ScimUsernames {

    static final int MAX = 32;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.-]{2," + MAX + "}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^A-Za-z0-9_.-]+");
    private static final Pattern EDGES = Pattern.compile("^[_.-]+|[_.-]+$");

    private ScimUsernames() {
    }

    public static boolean isValid(String username) {
        return username != null && VALID.matcher(username).matches();
    }

    /** The username to try first for this userName (a suffix such as {@code -2} is added when it is taken). */
    public static String base(String userName) {
        String t = userName.strip();
        if (isValid(t)) {
            return t;
        }
        int at = t.indexOf('@');
        if (at > 0) {
            t = t.substring(0, at);
        }
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        t = OTHER.matcher(t).replaceAll("_");
        t = EDGES.matcher(t).replaceAll("");
        if (t.length() > MAX - 4) {
            t = EDGES.matcher(t.substring(0, MAX - 4)).replaceAll("");
        }
        return t.length() < 2 ? "user" : t;
    }

    /** The {@code n}th choice (n ≥ 2) after {@code base} was taken: {@code base-n}. */
    public static String alternative(String base, int n) {
        String suffix = "-" + n;
        String b = base.length() + suffix.length() > MAX ? base.substring(0, MAX - suffix.length()) : base;
        return b + suffix;
    }

    static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
