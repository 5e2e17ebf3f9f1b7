package dev.parley.permission.control;

import dev.parley.channel.entity.Channel;
import dev.parley.permission.control.ServerFacts.ChannelFact;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.ForbiddenException;
import dev.parley.platform.control.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * The one answer to "may user U do P here", decided over {@link ServerFacts} from
 * {@link PermissionCache}: no query once a server's facts are loaded. A server, or a channel,
 * that the user may not see is answered as not found, so ids of other people's servers reveal
 * nothing; what they can see but may not do is forbidden.
 */
@ApplicationScoped
public class PermissionPolicy {

    @Inject
    PermissionCache cache;

    @Inject
    Clock clock;

    public PermissionPolicy() {
    }

    /** For unit tests. */
    PermissionPolicy(PermissionCache cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
    }

    /** The server's facts, if the user is a member of it; otherwise not found. */
    public ServerFacts requireMember(UUID userId, UUID serverId) {
        ServerFacts facts = cache.server(serverId).orElse(null);
        if (facts == null || !facts.isMember(userId)) {
            throw new NotFoundException("No such server.");
        }
        return facts;
    }

    /**
     * The roles the member holds in the server (without {@code @everyone}), for the page to tell a
     * mention of one of them; not found for a non-member.
     */
    public java.util.Set<UUID> rolesOf(UUID userId, UUID serverId) {
        return requireMember(userId, serverId).rolesOf(userId);
    }

    /** The server's facts, if the user is a member holding the permission server-wide. */
    public ServerFacts requireInServer(UUID userId, UUID serverId, Permission permission) {
        ServerFacts facts = requireMember(userId, serverId);
        java.time.Instant now = clock.now();
        if (!permission.in(facts.serverPermissions(userId, now))) {
            refuseTimedOut(facts, userId, now);
            throw new ForbiddenException("You don't have permission to " + permission.phrase() + " in this server.");
        }
        return facts;
    }

    /**
     * Refuses unless {@code actorId} stands above {@code targetId} in the server's role hierarchy
     * ({@link ServerFacts#outranks}); {@code doing} completes "You can only … members whose highest
     * role is below yours.", e.g. "kick".
     */
    public void requireOutranks(UUID actorId, ServerFacts facts, UUID targetId, String doing) {
        if (facts.isOwner(targetId)) {
            throw new ForbiddenException("Nobody can " + doing + " the owner of the server.");
        }
        if (!facts.outranks(actorId, targetId)) {
            throw new ForbiddenException("You can only " + doing + " members whose highest role is below yours.");
        }
    }

    /** Refuses unless the role is below {@code actorId}'s highest role (or they own the server). */
    public void requireOutranksRole(UUID actorId, ServerFacts facts, UUID roleId) {
        if (!facts.outranksRole(actorId, roleId)) {
            throw new ForbiddenException("You can only manage roles below your highest role.");
        }
    }

    /** A time-out takes all but viewing and reading: a refusal says so, and until when, rather than "no permission". */
    private static void refuseTimedOut(ServerFacts facts, UUID userId, java.time.Instant now) {
        var until = facts.timedOutUntil(userId, now);
        if (until.isPresent()) {
            throw new ForbiddenException("You are timed out in this server until "
                    + until.get().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ".");
        }
    }

    /** The channel, if the user can see it and holds the permission in it. */
    public ChannelFact requireInChannel(UUID userId, UUID channelId, Permission permission) {
        return requireInChannel(userId, channelId, permission, null);
    }

    /**
     * As {@link #requireInChannel(UUID, UUID, Permission)}, refusing with {@code refusal} (a
     * sentence for a person) when the user sees the channel but lacks the permission.
     */
    public ChannelFact requireInChannel(UUID userId, UUID channelId, Permission permission, String refusal) {
        ServerFacts facts = cache.serverOf(channelId).orElse(null);
        ChannelFact channel = facts == null ? null : facts.channel(channelId).orElse(null);
        if (channel == null) {
            throw new NotFoundException("No such channel.");
        }
        java.time.Instant now = clock.now();
        long set = facts.channelPermissions(userId, channelId, now);
        if (!Permission.VIEW_CHANNEL.in(set)) {
            throw new NotFoundException("No such channel.");
        }
        if (!permission.in(set)) {
            refuseTimedOut(facts, userId, now);
            throw new ForbiddenException(refusal != null ? refusal
                    : "You don't have permission to " + permission.phrase() + " in this channel.");
        }
        return channel;
    }

    /** Whether the user may see the channel and holds the permission in it; no exception, for decisions that refuse nothing. */
    public boolean holds(UUID userId, UUID channelId, Permission permission) {
        ServerFacts facts = cache.serverOf(channelId).orElse(null);
        if (facts == null) {
            return false;
        }
        long set = facts.channelPermissions(userId, channelId, clock.now());
        return Permission.VIEW_CHANNEL.in(set) && permission.in(set);
    }

    /** Whether the user is a member of the server holding the permission server-wide; no exception, for what a page shows. */
    public boolean holdsInServer(UUID userId, UUID serverId, Permission permission) {
        ServerFacts facts = cache.server(serverId).orElse(null);
        return facts != null && facts.isMember(userId) && permission.in(facts.serverPermissions(userId, clock.now()));
    }

    /**
     * Who a mention reaches in the channel: the named users, the members holding the named roles,
     * or every member for {@code everyone} — of them, those who may see the channel.
     */
    public java.util.Set<UUID> viewersAmong(UUID channelId, java.util.Set<UUID> users, java.util.Set<UUID> roleIds,
            boolean everyone) {
        ServerFacts facts = cache.serverOf(channelId).orElse(null);
        if (facts == null) {
            return java.util.Set.of();
        }
        java.util.Set<UUID> candidates = facts.membersWith(roleIds, everyone);
        candidates.addAll(users);
        var now = clock.now();
        candidates.removeIf(u -> !Permission.VIEW_CHANNEL.in(facts.channelPermissions(u, channelId, now)));
        return candidates;
    }

    /** The scope's message channels (text, or a conversation's) whose history the user may read; none if not a member. */
    public List<ChannelFact> readableMessageChannels(UUID userId, UUID serverId) {
        ServerFacts facts = cache.server(serverId).orElse(null);
        if (facts == null || !facts.isMember(userId)) {
            return List.of();
        }
        var now = clock.now();
        return facts.channels().stream().filter(c -> c.type().holdsMessages())
                .filter(c -> {
                    long set = facts.channelPermissions(userId, c.id(), now);
                    return Permission.VIEW_CHANNEL.in(set) && Permission.READ_MESSAGE_HISTORY.in(set);
                }).toList();
    }

    /** Of a server's channels, those the member may see, in the given order. */
    public List<Channel> visibleChannels(UUID userId, ServerFacts facts, List<Channel> channels) {
        var now = clock.now();
        return channels.stream()
                .filter(c -> Permission.VIEW_CHANNEL.in(facts.channelPermissions(userId, c.getId(), now)))
                .toList();
    }
}
