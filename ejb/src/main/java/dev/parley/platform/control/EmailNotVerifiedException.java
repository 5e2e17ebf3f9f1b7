package dev.parley.platform.control;

import java.util.Map;

/**
 * The installation lets accounts whose email is not verified only read
 * ({@code accounts.unverified-access = read-only}), and this one tried to write: {@code email-not-verified}, 403.
 */
public class EmailNotVerifiedException extends ParleyException {

    private static final long serialVersionUID = 1L;

    public EmailNotVerifiedException() {
        super(ProblemType.EMAIL_NOT_VERIFIED, null, Map.of());
    }
}
