package dev.parley.guild.control;

import java.util.UUID;

/** The server an invite leads to, as shown before joining. */
public record InvitePreview(String code, UUID serverId, String serverName, String iconUrl, long memberCount,
        String inviterName) implements java.io.Serializable {
}
