package dev.parley.guild.control;

import java.util.Set;
import java.util.UUID;

/**
 * A server was deleted. {@code members} are those it had: once the deletion commits the server has
 * no facts and no members to address, so the {@code server:delete} event names them itself.
 */
public record ServerDeleted(UUID serverId, Set<UUID> members) {

    public ServerDeleted {
        members = Set.copyOf(members);
    }
}
