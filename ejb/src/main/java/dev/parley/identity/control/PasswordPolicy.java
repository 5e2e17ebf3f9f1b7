package dev.parley.identity.control;

import java.util.ArrayList;
import java.util.List;

/**
 * What a new password must be. A minimal version (length 8–128 characters) for the password reset; the
 * accounts work replaces it with the full policy under the same signature.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** What is wrong with this password for this account, as sentences for the field; empty when nothing. */
    public static List<String> problems(String password, String username, String email) {
        List<String> problems = new ArrayList<>();
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            problems.add("size must be between " + MIN_LENGTH + " and " + MAX_LENGTH);
        }
        return problems;
    }
}
