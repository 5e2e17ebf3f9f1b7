package dev.parley.permission.control;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A role to create, as Discord's: every field may be left out. Without a name it is
 * {@code "new role"}; without permissions it gets {@code @everyone}'s; {@code color} is
 * {@code #rrggbb} (or empty for none).
 */
@Schema(name = "NewRole")
public record NewRole(
        @Size(min = 1, max = 100) String name,
        @Pattern(regexp = RoleChange.COLOR, message = "must be a colour as #rrggbb") String color,
        @Size(max = 64) List<String> permissions,
        Boolean hoist,
        Boolean mentionable) {

    /** Everything left out: Discord's "create role" without a body. */
    public static final NewRole DEFAULTS = new NewRole(null, null, null, null, null);

    /* Written out: Payara's OpenAPI generator fails on annotations copied to an implicit constructor. */
    public NewRole(String name, String color, List<String> permissions, Boolean hoist, Boolean mentionable) {
        this.name = name;
        this.color = color;
        this.permissions = permissions;
        this.hoist = hoist;
        this.mentionable = mentionable;
    }
}
