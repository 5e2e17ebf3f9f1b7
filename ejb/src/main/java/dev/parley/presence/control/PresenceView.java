package dev.parley.presence.control;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A user's presence as the caller may see it: {@code status} is {@code online}, {@code idle},
 * {@code dnd} or {@code offline} (an invisible user is offline to others; to themselves,
 * {@code invisible}); {@code lastSeen} is when their last connection closed.
 */
@Schema(name = "PresenceView", description = "A user's presence: online, idle, dnd, offline (invisible to themselves only), and when their last connection closed.")
public record PresenceView(UUID userId, String status, Instant lastSeen) {
}
