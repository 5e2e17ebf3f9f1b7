package dev.parley.guild.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record NewServer(@NotBlank @Size(max = 100) String name) {
    /*
     * Written out, not implicit: Payara's OpenAPI generator fails on Bean Validation annotations
     * propagated to an implicit canonical constructor's parameters. Explicit ones don't get them.
     */
    public NewServer(String name) {
        this.name = name;
    }
}
