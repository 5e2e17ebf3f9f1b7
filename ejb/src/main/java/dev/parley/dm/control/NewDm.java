package dev.parley.dm.control;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom to talk with: one person for a one-to-one conversation, up to nine for a group (you are the tenth). */
public record NewDm(
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "the other people's user ids")
        @NotNull @Size(min = 1, max = DmService.MAX_OTHERS) List<UUID> userIds) {
    /* written out: see dev.parley.message.control.Draft */
    public NewDm(List<UUID> userIds) {
        this.userIds = userIds;
    }
}
