package dev.parley.guild.control;

import java.util.UUID;

/**
 * Something about a member changed (roles, nickname, time-out). Fire it inside the transaction
 * that made the change; once it commits, the server's connected members get {@code member:update}.
 */
public record MemberUpdated(UUID serverId, UUID userId) {
}
