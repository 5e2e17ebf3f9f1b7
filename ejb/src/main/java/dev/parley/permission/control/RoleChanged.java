package dev.parley.permission.control;

import java.util.UUID;

/**
 * A role was created, changed or deleted. Fired inside the transaction; once it commits the
 * server's connected members get {@code role:create}, {@code role:update} or {@code role:delete}.
 *
 * @param event the gateway event name ({@link RoleFanout})
 * @param role the role as it is now; null for a deletion
 */
public record RoleChanged(String event, UUID serverId, UUID roleId, RoleView role) {
}
