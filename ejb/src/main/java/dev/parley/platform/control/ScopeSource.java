package dev.parley.platform.control;

import java.util.Set;
import java.util.UUID;

/**
 * Live scopes a user belongs to besides their servers (today: their direct-message
 * conversations). A room that has such scopes provides one as a bean; the sinks index a user's
 * connections under their servers and under every scope these report, so the room's events reach
 * them without the gateway or the push sink knowing the room.
 */
public interface ScopeSource {

    Set<UUID> scopesOf(UUID userId);
}
