package dev.parley.presence.control;

import java.util.UUID;

/**
 * The user's last live connection anywhere in the cluster closed (after the offline grace): fired
 * once per such moment, on the instance that saw it, outside any transaction. Rooms that end
 * something with a user's presence observe it (temporary server memberships).
 */
public record WentOffline(UUID userId) {
}
