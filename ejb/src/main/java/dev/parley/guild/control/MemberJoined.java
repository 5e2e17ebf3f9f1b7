package dev.parley.guild.control;

import dev.parley.identity.control.UserView;
import java.util.UUID;

/** A user became a member of a server. */
public record MemberJoined(UUID serverId, UserView user) {
}
