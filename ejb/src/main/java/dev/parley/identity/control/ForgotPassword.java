package dev.parley.identity.control;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who forgot their password: the email address of the account. */
public record ForgotPassword(@NotBlank @Email @Size(max = 255) String email) {
    /*
     * Written out, not implicit: Payara's OpenAPI generator fails on Bean Validation annotations
     * propagated to an implicit canonical constructor's parameters. Explicit ones don't get them.
     */
    public ForgotPassword(String email) {
        this.email = email;
    }
}
