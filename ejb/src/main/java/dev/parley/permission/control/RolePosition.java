package dev.parley.permission.control;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a bulk reorder: the role and the position it moves to (1 and up; {@code @everyone} stays at 0). */
@Schema(name = "RolePosition")
public record RolePosition(@NotNull UUID id, @NotNull @Min(1) Integer position) {
    /* Written out: Payara's OpenAPI generator fails on annotations copied to an implicit constructor. */
    public RolePosition(UUID id, Integer position) {
        this.id = id;
        this.position = position;
    }
}
