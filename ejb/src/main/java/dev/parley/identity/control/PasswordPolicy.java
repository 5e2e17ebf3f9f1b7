package dev.parley.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a new password must be, wherever one is chosen (sign-up, password change, password reset):
 * 8 to 128 characters (Unicode code points, not bytes: {@link PasswordHasher} takes any length up to
 * that), not one of the most common passwords (the list {@value #COMMON} ships with Parley), not
 * containing the username or the name part of the email address (either of at least
 * {@value #MIN_PART} characters: a two-letter username would forbid too many good passwords), and not
 * one character repeated. Case is ignored for all but the length.
 *
 * <p>{@link #problems} names the field {@value #FIELD}; a caller whose field is called otherwise
 * (such as {@code newPassword}) renames it.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final String FIELD = "password";
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    static final String COMMON = "common-passwords.txt";
    static final int MIN_PART = 3;

    static final String TOO_SHORT = "must be at least " + MIN_LENGTH + " characters";
    static final String TOO_LONG = "must be at most " + MAX_LENGTH + " characters";
    static final String IS_COMMON = "is one of the most common passwords; choose another";
    static final String HAS_USERNAME = "must not contain your username";
    static final String HAS_EMAIL = "must not contain the name of your email address";
    static final String REPEATED = "must not be one character repeated";
    static final String BLANK = "must not be blank";

    private static final Set<String> COMMON_PASSWORDS = load();

    /**
     * What is wrong with this password for this account, by field ({@value #FIELD}); empty when it is
     * fine. {@code username} and {@code email} may be null (nothing to compare against).
     */
    public Map<String, String> problems(String password, String username, String email) {
        Map<String, String> problems = new LinkedHashMap<>();
        String why = problem(password, username, email);
        if (why != null) {
            problems.put(FIELD, why);
        }
        return problems;
    }

    /** Whether the password is longer than any password can be: refused before it is hashed or compared. */
    public static boolean tooLong(String password) {
        return password != null && length(password) > MAX_LENGTH;
    }

    private static String problem(String password, String username, String email) {
        if (password == null || password.isEmpty()) {
            return BLANK;
        }
        int length = length(password);
        if (length < MIN_LENGTH) {
            return TOO_SHORT;
        }
        if (length > MAX_LENGTH) {
            return TOO_LONG;
        }
        if (password.codePoints().distinct().count() == 1) {
            return REPEATED;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON_PASSWORDS.contains(lower)) {
            return IS_COMMON;
        }
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= MIN_PART && lower.contains(name)) {
            return HAS_USERNAME;
        }
        String local = localPart(email);
        if (local.length() >= MIN_PART && lower.contains(local)) {
            return HAS_EMAIL;
        }
        return null;
    }

    private static int length(String password) {
        return password.codePointCount(0, password.length());
    }

    private static String localPart(String email) {
        if (email == null) {
            return "";
        }
        String e = email.strip().toLowerCase(Locale.ROOT);
        int at = e.lastIndexOf('@');
        return at < 0 ? e : e.substring(0, at);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON)) {
            if (in == null) {
                throw new IllegalStateException(COMMON + " is missing from the build");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
