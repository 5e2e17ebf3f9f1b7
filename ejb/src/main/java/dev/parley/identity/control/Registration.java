package dev.parley.identity.control;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person gives to create an account. The password's rules (length in characters, not common,
 * ...) are {@link PasswordPolicy}'s, checked by the service.
 */
public record Registration(
        @NotBlank @Email @Size(max = 255) String email,
        @NotBlank @Size(min = 2, max = 32)
        @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "may contain only letters, digits, '_', '.' and '-'")
        String username,
        @NotBlank String password) {
    /*
     * Written out, not implicit: Payara's OpenAPI generator fails on Bean Validation annotations
     * propagated to an implicit canonical constructor's parameters. Explicit ones don't get them.
     */
    public Registration(String email, String username, String password) {
        this.email = email;
        this.username = username;
        this.password = password;
    }
}
