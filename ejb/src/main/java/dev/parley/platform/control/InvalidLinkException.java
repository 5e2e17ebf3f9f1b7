package dev.parley.platform.control;

import java.util.Map;

/**
 * A link sent by mail (to verify an email address, to reset a password) that opens nothing: used, expired,
 * or never made here. One answer for all three, so that a guess learns nothing: {@code invalid-link}, 400.
 */
public class InvalidLinkException extends ParleyException {

    private static final long serialVersionUID = 1L;

    public InvalidLinkException() {
        super(ProblemType.INVALID_LINK, null, Map.of("token", "has expired or was already used"));
    }
}
