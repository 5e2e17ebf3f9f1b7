package dev.parley.guild.control;

import dev.parley.identity.control.UserView;
import java.util.Set;
import java.util.UUID;

/**
 * A user became a member of a server. {@code members} are everyone in it now, the newcomer
 * included, decided in the same transaction.
 */
public record MemberJoined(UUID serverId, UserView user, Set<UUID> members) {
}
