package dev.parley.moderation.control;

import dev.parley.identity.control.UserView;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An entry of a server's audit log: the action (a stable name such as {@code member.ban}), who
 * did it (null once that account is gone), on what ({@code targetType} and {@code targetId}), the
 * fields before and after ({@code {"before":{…},"after":{…}}}, null when the action has none),
 * the reason given, and when.
 */
@Schema(name = "AuditEntryView", description = "An entry of a server's audit log.")
public record AuditEntryView(UUID id, String action, UserView actor, String targetType, String targetId,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                description = "{\"before\":{...},\"after\":{...}}") JsonObject changes,
        String reason, OffsetDateTime createdAt) {
}
