package dev.parley.guild.control;

import dev.parley.guild.entity.Guild;
import dev.parley.guild.entity.Invite;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "InviteView", description = "An invite code to a server.")
public record InviteView(String code, UUID serverId, String serverName, UUID inviterId, Integer maxUses, int uses,
        Instant expiresAt, Instant createdAt) {

    public static InviteView of(Invite i, Guild g) {
        return new InviteView(i.getCode(), i.getServerId(), g.getName(), i.getInviterId(), i.getMaxUses(), i.getUses(),
                i.getExpiresAt() == null ? null : i.getExpiresAt().toInstant(), i.getCreatedAt().toInstant());
    }
}
