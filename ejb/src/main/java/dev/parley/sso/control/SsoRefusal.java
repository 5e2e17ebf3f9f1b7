package dev.parley.sso.control;

import dev.parley.platform.control.ParleyException;
import dev.parley.platform.control.ProblemType;
import java.util.Map;

/**
 * A sign-in through a provider that did not happen, and why in one stable word that the error page
 * turns into a sentence ({@code sso-error.xhtml?reason=…}, texts in {@code i18n/sso.properties}).
 */
public class SsoRefusal extends ParleyException {

    private static final long serialVersionUID = 1L;

    /** The sign-in took too long, was already used, or its state was tampered with. */
    public static final String EXPIRED = "expired";
    /** The provider said no (the person cancelled, or it refused them). */
    public static final String DENIED = "denied";
    /** What came back from the provider failed validation (signature, issuer, audience, expiry, nonce). */
    public static final String INVALID = "invalid";
    /** An account with this email exists, but its email is not verified on both sides. */
    public static final String UNVERIFIED_EMAIL = "unverified-email";
    /** The provider gave no email address. */
    public static final String NO_EMAIL = "no-email";
    /** The account is disabled. */
    public static final String DISABLED = "disabled";
    /** The provider could not be reached. */
    public static final String UNAVAILABLE = "unavailable";

    private final String reason;

    public SsoRefusal(String reason, String detail) {
        this(reason, detail, null);
    }

    public SsoRefusal(String reason, String detail, Throwable cause) {
        super(UNAVAILABLE.equals(reason) ? ProblemType.UNAVAILABLE : ProblemType.NOT_AUTHENTICATED, detail, Map.of(),
                cause);
        this.reason = reason;
    }

    /** The stable word for the error page. */
    public String reason() {
        return reason;
    }
}
