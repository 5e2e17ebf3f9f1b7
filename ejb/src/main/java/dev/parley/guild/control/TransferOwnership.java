package dev.parley.guild.control;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Who is to own the server next: one of its members. */
public record TransferOwnership(@NotNull UUID userId) {
    /*
     * Written out, not implicit: Payara's OpenAPI generator fails on Bean Validation annotations
     * propagated to an implicit canonical constructor's parameters. Explicit ones don't get them.
     */
    public TransferOwnership(UUID userId) {
        this.userId = userId;
    }
}
