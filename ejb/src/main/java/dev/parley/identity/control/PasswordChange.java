package dev.parley.identity.control;

import jakarta.validation.constraints.NotBlank;

/** A new password for one's own account, with the current one ({@code PUT /api/users/me/password}). */
public record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {
    /*
     * Written out, not implicit: Payara's OpenAPI generator fails on Bean Validation annotations
     * propagated to an implicit canonical constructor's parameters. Explicit ones don't get them.
     */
    public PasswordChange(String currentPassword, String newPassword) {
        this.currentPassword = currentPassword;
        this.newPassword = newPassword;
    }
}
