package dev.parley.guild.control;

import dev.parley.identity.control.UserView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member of a server as the other members see them: the user, their nickname, their roles
 * (ids, without {@code @everyone}), when they joined and, while it lasts, their time-out.
 */
@Schema(name = "MemberView", description = "A member of a server.")
public record MemberView(UUID serverId, UserView user, String nick, List<UUID> roles, OffsetDateTime joinedAt,
        OffsetDateTime timeoutUntil) {
}
