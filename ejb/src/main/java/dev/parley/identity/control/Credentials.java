package dev.parley.identity.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A login (email or username) and a password (at most 128 characters: checked by the service, in code points). */
public record Credentials(@NotBlank @Size(max = 255) String login, @NotBlank String password) {
    /*
     * Written out, not implicit: Payara's OpenAPI generator fails on Bean Validation annotations
     * propagated to an implicit canonical constructor's parameters. Explicit ones don't get them.
     */
    public Credentials(String login, String password) {
        this.login = login;
        this.password = password;
    }
}
