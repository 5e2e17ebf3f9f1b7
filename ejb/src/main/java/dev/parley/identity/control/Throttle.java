package dev.parley.identity.control;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kind of attempt that is limited, and what it is limited by: at most {@code capacity} attempts,
 * regained evenly over {@code period} (a token bucket: after a burst of {@code capacity}, one more
 * every {@code period / capacity}). Each kind's limit is the setting {@code parley.throttle.<name>}
 * ({@code PARLEY_THROTTLE_<NAME>}), written {@code <count>/<seconds>}, e.g. {@code 10/900}.
 */
public enum Throttle {

    /** Failed sign-ins of one account (keyed by the account, or by the login given when there is none). */
    LOGIN_ACCOUNT("login-account", "Too many failed sign-ins for this account."),
    /** Failed sign-ins from one client address, whatever the account. */
    LOGIN_IP("login-ip", "Too many failed sign-ins from your address."),
    /** Accounts created from one client address. */
    REGISTER_IP("register-ip", "Too many accounts were created from your address."),
    /** Password changes with a wrong current password, per account. */
    PASSWORD_CHANGE("password-change", "Too many wrong current passwords."),
    /** Password-reset mails asked for one email address. */
    FORGOT_PASSWORD("forgot-password", "Too many password resets were asked for."),
    /** Password-reset mails asked for from one client address. */
    FORGOT_PASSWORD_IP("forgot-password-ip", "Too many password resets were asked for from your address."),
    /** Verification mails asked for again by one account. */
    VERIFY_EMAIL_RESEND("verify-email-resend", "Too many verification mails were asked for.");

    private static final Pattern LIMIT = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    private final String name;
    private final String refusal;

    Throttle(String name, String refusal) {
        this.name = name;
        this.refusal = refusal;
    }

    /** Its name in settings: {@code parley.throttle.<name>}. */
    public String settingName() {
        return name;
    }

    public String configKey() {
        return "parley.throttle." + name;
    }

    /** What the client is told when it is refused. */
    public String refusal() {
        return refusal;
    }

    /** A kind's limit. */
    public record Limit(long capacity, Duration period) {

        public Limit {
            if (capacity < 1 || period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("a limit allows at least one attempt in a positive period");
            }
        }

        /** Reads {@code <count>/<seconds>}. */
        public static Limit parse(String key, String text) {
            Matcher m = LIMIT.matcher(text == null ? "" : text);
            if (!m.matches() || Long.parseLong(m.group(1)) < 1 || Long.parseLong(m.group(2)) < 1) {
                throw new IllegalArgumentException(key + " must be <count>/<seconds> with both at least 1, e.g. 10/900;"
                        + " it is \"" + text + "\"");
            }
            return new Limit(Long.parseLong(m.group(1)), Duration.ofSeconds(Long.parseLong(m.group(2))));
        }
    }
}
