package dev.parley.identity.control;

import jakarta.validation.constraints.NotBlank;

/**
 * A new password, with the token of the reset link that allows it. The password's rules are
 * {@link PasswordPolicy}'s, checked against the account the link belongs to.
 */
public record PasswordReset(@NotBlank String token, @NotBlank String password) {
    /*
     * Written out, not implicit: Payara's OpenAPI generator fails on Bean Validation annotations
     * propagated to an implicit canonical constructor's parameters. Explicit ones don't get them.
     */
    public PasswordReset(String token, String password) {
        this.token = token;
        this.password = password;
    }

    /** Never the password or the token. */
    @Override
    public String toString() {
        return "PasswordReset[…]";
    }
}
