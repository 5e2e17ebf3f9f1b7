package dev.parley.channel.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A channel to create. {@code type} is text (default), voice or category. */
public record NewChannel(
        @NotBlank @Size(max = 100) String name,
        @Pattern(regexp = "text|voice|category", message = "must be text, voice or category") String type,
        UUID parentId,
        @Size(max = 1024) String topic) {
    /*
     * Written out, not implicit: Payara's OpenAPI generator fails on Bean Validation annotations
     * propagated to an implicit canonical constructor's parameters. Explicit ones don't get them.
     */
    public NewChannel(String name, String type, UUID parentId, String topic) {
        this.name = name;
        this.type = type;
        this.parentId = parentId;
        this.topic = topic;
    }
}
