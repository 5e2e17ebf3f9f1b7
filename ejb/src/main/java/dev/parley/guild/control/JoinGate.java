package dev.parley.guild.control;

import java.util.UUID;

/**
 * A rule a user must pass to join a server, beyond a usable invite (a ban, …): a CDI bean in its
 * own room, asked by {@link GuildService#join}; it refuses by throwing a {@code ParleyException}.
 */
public interface JoinGate {

    void check(UUID userId, UUID serverId);
}
