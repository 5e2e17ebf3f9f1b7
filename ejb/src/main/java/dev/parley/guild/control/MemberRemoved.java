package dev.parley.guild.control;

import java.util.UUID;

/**
 * A user stopped being a member of a server: they {@code left}, were {@code kicked} or
 * {@code banned}. Fire it inside the transaction that removed them (with a
 * {@code PermissionsChanged}); once it commits, the server's members and the removed user's own
 * connections get {@code member:remove}, and the removed user gets nothing of the server after it.
 */
public record MemberRemoved(UUID serverId, UUID userId, String reason) {

    public static final String LEFT = "left";
    public static final String KICKED = "kicked";
    public static final String BANNED = "banned";
}
