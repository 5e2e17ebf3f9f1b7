package dev.parley.permission.control;

import dev.parley.permission.entity.ChannelOverwrite;
import dev.parley.permission.entity.Role;
import dev.parley.permission.entity.RoleAssignment;
import dev.parley.channel.entity.Channel;
import dev.parley.guild.entity.Guild;
import dev.parley.guild.entity.Member;
import dev.parley.platform.control.ForbiddenException;
import dev.parley.platform.control.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The one answer to "may user U do P here". A server, or a channel, that the user may not see
 * is answered as not found, so ids of other people's servers reveal nothing; what they can see
 * but may not do is forbidden.
 */
@ApplicationScoped
public class PermissionPolicy {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    /** The server, if the user is a member of it; otherwise not found. */
    public Guild requireMember(UUID userId, UUID serverId) {
        Guild guild = serverId == null ? null : em.find(Guild.class, serverId);
        if (guild == null || member(serverId, userId) == null) {
            throw new NotFoundException("No such server.");
        }
        return guild;
    }

    /** The server, if the user is a member holding the permission server-wide. */
    public Guild requireInServer(UUID userId, UUID serverId, Permission permission) {
        Guild guild = requireMember(userId, serverId);
        if (!permission.in(serverPermissions(userId, guild))) {
            throw new ForbiddenException("You need the " + permission.name() + " permission in this server.");
        }
        return guild;
    }

    /** The channel, if the user can see it and holds the permission in it. */
    public Channel requireInChannel(UUID userId, UUID channelId, Permission permission) {
        return requireScope(userId, channelId, permission).channel();
    }

    /**
     * Like {@link #requireInChannel}, and keeps what the decision loaded, so that deciding for
     * everyone else in the channel next (who receives a message) costs no second load.
     */
    public ChannelScope requireScope(UUID userId, UUID channelId, Permission permission) {
        Channel channel = channelId == null ? null : em.find(Channel.class, channelId);
        if (channel == null) {
            throw new NotFoundException("No such channel.");
        }
        ChannelScope scope = new ChannelScope(channel, em.find(Guild.class, channel.getServerId()),
                ServerRoles.load(em, channel.getServerId()), effectiveOverwrites(channel, overwritesIn(List.of(channel))));
        long set = scope.permissionsOf(member(channel.getServerId(), userId));
        if (!Permission.VIEW_CHANNEL.in(set)) {
            throw new NotFoundException("No such channel.");
        }
        if (!permission.in(set)) {
            throw new ForbiddenException("You need the " + permission.name() + " permission in this channel.");
        }
        return scope;
    }

    /** Of a server's channels, those the member may see, in the given order; roles load once. */
    public List<Channel> visibleChannels(UUID userId, Guild guild, List<Channel> channels) {
        Member member = member(guild.getId(), userId);
        if (member == null) {
            return List.of();
        }
        ServerRoles roles = ServerRoles.load(em, guild.getId());
        Map<UUID, List<PermissionCalculator.Overwrite>> overwrites = overwritesIn(channels);
        return channels.stream()
                .filter(c -> Permission.VIEW_CHANNEL.in(
                        new ChannelScope(c, guild, roles, effectiveOverwrites(c, overwrites)).permissionsOf(member)))
                .toList();
    }

    public long serverPermissions(UUID userId, Guild guild) {
        Member member = member(guild.getId(), userId);
        if (member == null) {
            return 0;
        }
        ServerRoles roles = ServerRoles.load(em, guild.getId());
        return PermissionCalculator.base(guild.isOwnedBy(userId), roles.everyoneBits(),
                roles.bitsOf(roles.roleIdsOf(userId)));
    }

    /** A channel, its server and what decides permissions in it, loaded once. */
    public final class ChannelScope {
        private final Channel channel;
        private final Guild guild;
        private final ServerRoles roles;
        private final List<PermissionCalculator.Overwrite> overwrites;

        private ChannelScope(Channel channel, Guild guild, ServerRoles roles,
                List<PermissionCalculator.Overwrite> overwrites) {
            this.channel = channel;
            this.guild = guild;
            this.roles = roles;
            this.overwrites = overwrites;
        }

        public Channel channel() {
            return channel;
        }

        /** Every member who may see the channel: the recipients of what happens in it. */
        public Set<UUID> viewers() {
            Set<UUID> viewers = new HashSet<>();
            for (Member m : em.createQuery("select m from Member m where m.serverId = :s", Member.class)
                    .setParameter("s", guild.getId()).getResultList()) {
                if (Permission.VIEW_CHANNEL.in(permissionsOf(m))) {
                    viewers.add(m.getUserId());
                }
            }
            return viewers;
        }

        long permissionsOf(Member member) {
            return member == null ? 0 : PermissionPolicy.permissionsOf(guild, roles, overwrites, member);
        }
    }

    private static long permissionsOf(Guild guild, ServerRoles roles, List<PermissionCalculator.Overwrite> overwrites,
            Member member) {
        UUID userId = member.getUserId();
        Set<UUID> roleIds = roles.roleIdsOf(userId);
        long base = PermissionCalculator.base(guild.isOwnedBy(userId), roles.everyoneBits(), roles.bitsOf(roleIds));
        boolean timedOut = member.getTimeoutUntil() != null
                && member.getTimeoutUntil().isAfter(OffsetDateTime.now(ZoneOffset.UTC))
                && !guild.isOwnedBy(userId);
        return PermissionCalculator.inChannel(base, roles.everyoneId(), roleIds, userId, overwrites, timedOut);
    }

    /** A channel's own overwrites, or its category's when it has none of its own. */
    private static List<PermissionCalculator.Overwrite> effectiveOverwrites(Channel channel,
            Map<UUID, List<PermissionCalculator.Overwrite>> byChannel) {
        List<PermissionCalculator.Overwrite> own = byChannel.getOrDefault(channel.getId(), List.of());
        if (own.isEmpty() && channel.getParentId() != null) {
            return byChannel.getOrDefault(channel.getParentId(), List.of());
        }
        return own;
    }

    /** The overwrites of these channels and of their categories, in one query. */
    private Map<UUID, List<PermissionCalculator.Overwrite>> overwritesIn(List<Channel> channels) {
        Set<UUID> ids = new HashSet<>();
        for (Channel c : channels) {
            ids.add(c.getId());
            if (c.getParentId() != null) {
                ids.add(c.getParentId());
            }
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<PermissionCalculator.Overwrite>> byChannel = new HashMap<>();
        for (ChannelOverwrite o : em.createQuery("select o from ChannelOverwrite o where o.channelId in :ids",
                ChannelOverwrite.class).setParameter("ids", ids).getResultList()) {
            byChannel.computeIfAbsent(o.getChannelId(), k -> new ArrayList<>())
                    .add(new PermissionCalculator.Overwrite(o.getTargetType(), o.getTargetId(), o.getAllow(), o.getDeny()));
        }
        return byChannel;
    }

    private Member member(UUID serverId, UUID userId) {
        return userId == null ? null : em.find(Member.class, new Member.Key(serverId, userId));
    }

    /** A server's roles and who holds them, loaded once per decision. */
    private record ServerRoles(UUID everyoneId, long everyoneBits, Map<UUID, Long> bits, Map<UUID, Set<UUID>> held) {

        static ServerRoles load(EntityManager em, UUID serverId) {
            UUID everyoneId = null;
            long everyoneBits = 0;
            Map<UUID, Long> bits = new HashMap<>();
            for (Role r : em.createQuery("select r from Role r where r.serverId = :s", Role.class)
                    .setParameter("s", serverId).getResultList()) {
                if (r.isDefaultRole()) {
                    everyoneId = r.getId();
                    everyoneBits = r.getPermissions();
                } else {
                    bits.put(r.getId(), r.getPermissions());
                }
            }
            Map<UUID, Set<UUID>> held = new HashMap<>();
            for (RoleAssignment a : em.createQuery("select a from RoleAssignment a where a.serverId = :s",
                    RoleAssignment.class).setParameter("s", serverId).getResultList()) {
                held.computeIfAbsent(a.getUserId(), u -> new HashSet<>()).add(a.getRoleId());
            }
            return new ServerRoles(everyoneId, everyoneBits, bits, held);
        }

        Set<UUID> roleIdsOf(UUID userId) {
            return held.getOrDefault(userId, Set.of());
        }

        List<Long> bitsOf(Set<UUID> roleIds) {
            return roleIds.stream().map(id -> bits.getOrDefault(id, 0L)).toList();
        }
    }
}
