package dev.parley.admin.control;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * A setting of the installation that its administrators change at run time (stored in
 * {@code instance_settings}); its default comes from configuration ({@code parley.<key>}), else the one
 * here. A room that needs one adds a constant.
 */
public enum Setting {

    /** What a signed-in account whose email is not verified yet may do: {@code full} or {@code read-only}. */
    UNVERIFIED_ACCESS("accounts.unverified-access", "full", Set.of("full", "read-only")),
    /** Whether people may sign in with a local password ({@code false}: only through the identity provider). */
    LOCAL_PASSWORDS("auth.local-passwords", "true", Set.of("true", "false"));

    private final String key;
    private final String fallback;
    private final Set<String> allowed;

    Setting(String key, String fallback, Set<String> allowed) {
        this.key = key;
        this.fallback = fallback;
        this.allowed = allowed;
    }

    /** Its name in the API and the database, such as {@code auth.local-passwords}. */
    public String key() {
        return key;
    }

    String fallback() {
        return fallback;
    }

    public boolean allows(String value) {
        return allowed.contains(value);
    }

    public Set<String> allowed() {
        return allowed;
    }

    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
