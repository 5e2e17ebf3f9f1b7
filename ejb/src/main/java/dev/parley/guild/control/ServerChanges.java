package dev.parley.guild.control;

import jakarta.validation.constraints.Size;

/**
 * Changes to a server's settings. Each field is optional: a field left out of the request keeps its
 * value; {@code description} and {@code iconUrl} sent as null are cleared. {@code iconUrl} is an
 * http or https address.
 */
public record ServerChanges(@Size(max = 100) String name, @Size(max = 1024) String description,
        @Size(max = 500) String iconUrl) {
    /*
     * Written out, not implicit: Payara's OpenAPI generator fails on Bean Validation annotations
     * propagated to an implicit canonical constructor's parameters. Explicit ones don't get them.
     */
    public ServerChanges(String name, String description, String iconUrl) {
        this.name = name;
        this.description = description;
        this.iconUrl = iconUrl;
    }
}
