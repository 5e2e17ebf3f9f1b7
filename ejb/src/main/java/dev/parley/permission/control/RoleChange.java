package dev.parley.permission.control;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What to change in a role: only the fields present change. {@code color} {@code ""} removes
 * the colour. The {@code @everyone} role takes only {@code permissions}.
 */
@Schema(name = "RoleChange")
public record RoleChange(
        @Size(min = 1, max = 100) String name,
        @Pattern(regexp = RoleChange.COLOR, message = "must be a colour as #rrggbb") String color,
        @Size(max = 64) List<String> permissions,
        Boolean hoist,
        Boolean mentionable) {

    /** {@code #rrggbb}, or empty for no colour. */
    static final String COLOR = "(#[0-9a-fA-F]{6})?";

    /* Written out: Payara's OpenAPI generator fails on annotations copied to an implicit constructor. */
    public RoleChange(String name, String color, List<String> permissions, Boolean hoist, Boolean mentionable) {
        this.name = name;
        this.color = color;
        this.permissions = permissions;
        this.hoist = hoist;
        this.mentionable = mentionable;
    }
}
