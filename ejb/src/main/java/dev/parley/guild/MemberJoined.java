package dev.parley.guild;

import java.util.UUID;

/** A user became a member of a server. */
public record MemberJoined(UUID serverId, UUID userId) {
}
