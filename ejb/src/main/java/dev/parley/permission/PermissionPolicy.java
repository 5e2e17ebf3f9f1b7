package dev.parley.permission;

import dev.parley.channel.Channel;
import dev.parley.guild.Guild;
import dev.parley.guild.Member;
import dev.parley.platform.ForbiddenException;
import dev.parley.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        Channel channel = channelId == null ? null : em.find(Channel.class, channelId);
        if (channel == null) {
            throw new NotFoundException("No such channel.");
        }
        long set = channelPermissions(userId, channel);
        if (!Permission.VIEW_CHANNEL.in(set)) {
            throw new NotFoundException("No such channel.");
        }
        if (!permission.in(set)) {
            throw new ForbiddenException("You need the " + permission.name() + " permission in this channel.");
        }
        return channel;
    }

    public boolean canView(UUID userId, Channel channel) {
        return Permission.VIEW_CHANNEL.in(channelPermissions(userId, channel));
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

    public long channelPermissions(UUID userId, Channel channel) {
        Guild guild = em.find(Guild.class, channel.getServerId());
        Member member = member(channel.getServerId(), userId);
        if (guild == null || member == null) {
            return 0;
        }
        ServerRoles roles = ServerRoles.load(em, guild.getId());
        return permissionsOf(guild, roles, effectiveOverwrites(channel), member);
    }

    /** Every member who may see the channel: the recipients of what happens in it. */
    public Set<UUID> viewersOf(Channel channel) {
        Guild guild = em.find(Guild.class, channel.getServerId());
        ServerRoles roles = ServerRoles.load(em, guild.getId());
        List<PermissionCalculator.Overwrite> overwrites = effectiveOverwrites(channel);
        Set<UUID> viewers = new HashSet<>();
        for (Member m : em.createQuery("select m from Member m where m.serverId = :s", Member.class)
                .setParameter("s", guild.getId()).getResultList()) {
            if (Permission.VIEW_CHANNEL.in(permissionsOf(guild, roles, overwrites, m))) {
                viewers.add(m.getUserId());
            }
        }
        return viewers;
    }

    private long permissionsOf(Guild guild, ServerRoles roles, List<PermissionCalculator.Overwrite> overwrites,
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
    private List<PermissionCalculator.Overwrite> effectiveOverwrites(Channel channel) {
        List<PermissionCalculator.Overwrite> own = overwritesOf(channel.getId());
        if (own.isEmpty() && channel.getParentId() != null) {
            return overwritesOf(channel.getParentId());
        }
        return own;
    }

    private List<PermissionCalculator.Overwrite> overwritesOf(UUID channelId) {
        return em.createNamedQuery(ChannelOverwrite.OF_CHANNEL, ChannelOverwrite.class)
                .setParameter("channelId", channelId).getResultList().stream()
                .map(o -> new PermissionCalculator.Overwrite(o.getTargetType(), o.getTargetId(), o.getAllow(), o.getDeny()))
                .toList();
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
