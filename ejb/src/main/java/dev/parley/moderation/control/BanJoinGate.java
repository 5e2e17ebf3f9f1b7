package dev.parley.moderation.control;

import dev.parley.guild.control.JoinGate;
import dev.parley.platform.control.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Keeps a banned user out: joining a server they are banned from is refused, whatever the invite. */
@ApplicationScoped
public class BanJoinGate implements JoinGate {

    public static final String BANNED = "You are banned from this server.";

    @Inject
    ModerationStore store;

    @Override
    public void check(UUID userId, UUID serverId) {
        if (store.isBanned(serverId, userId)) {
            throw new ForbiddenException(BANNED);
        }
    }
}
