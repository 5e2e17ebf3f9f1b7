package dev.parley.guild.control;

import dev.parley.guild.entity.Guild;
import dev.parley.guild.entity.Invite;
import dev.parley.identity.control.UserView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * An invite code to a server: its limits, how often it was used, whether it grants temporary
 * membership, and who created it ({@code inviter}: null once that account is gone).
 */
@Schema(name = "InviteView", description = "An invite code to a server.")
public record InviteView(String code, UUID serverId, String serverName, UUID inviterId, Integer maxUses, int uses,
        Instant expiresAt, Instant createdAt, boolean temporary, UserView inviter) {

    public static InviteView of(Invite i, Guild g, UserView inviter) {
        return new InviteView(i.getCode(), i.getServerId(), g.getName(), i.getInviterId(), i.getMaxUses(), i.getUses(),
                i.getExpiresAt() == null ? null : i.getExpiresAt().toInstant(), i.getCreatedAt().toInstant(),
                i.isTemporary(), inviter);
    }
}
