package dev.parley.permission.control;

import java.util.UUID;

/**
 * Something that decides permissions in a server changed: membership, roles, role assignments,
 * channels or overwrites. Fire it inside the transaction that made the change; the cache drops
 * the server's facts once it commits, here and on every other instance.
 */
public record PermissionsChanged(UUID serverId) {
}
