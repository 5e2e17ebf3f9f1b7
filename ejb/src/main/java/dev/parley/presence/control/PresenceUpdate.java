package dev.parley.presence.control;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/users/me/presence}: the status to choose. */
@Schema(name = "PresenceUpdate", description = "The status you choose: online, idle, dnd or invisible.")
public record PresenceUpdate(String status) {
}
