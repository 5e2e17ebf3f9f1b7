package dev.parley.permission.control;

import dev.parley.channel.entity.Channel;
import dev.parley.guild.entity.Guild;
import dev.parley.guild.entity.Member;
import dev.parley.permission.entity.ChannelOverwrite;
import dev.parley.permission.entity.Role;
import dev.parley.permission.entity.RoleAssignment;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The permission room's queries. Facts are read outside any caller's transaction
 * ({@code NOT_SUPPORTED}), so a snapshot holds only what is committed: a transaction that later
 * rolls back never leaves its uncommitted rows in the cache.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PermissionStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    /** The facts of one server, read in six queries, or empty when there is no such server. */
    public Optional<ServerFacts> load(UUID serverId) {
        Guild guild = em.find(Guild.class, serverId);
        if (guild == null) {
            return Optional.empty();
        }
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
        Map<UUID, ServerFacts.MemberFact> members = new HashMap<>();
        for (Member m : em.createQuery("select m from Member m where m.serverId = :s", Member.class)
                .setParameter("s", serverId).getResultList()) {
            members.put(m.getUserId(), new ServerFacts.MemberFact(held.getOrDefault(m.getUserId(), Set.of()),
                    m.getTimeoutUntil() == null ? null : m.getTimeoutUntil().toInstant()));
        }
        Map<UUID, ServerFacts.ChannelFact> channels = new HashMap<>();
        for (Channel c : em.createNamedQuery(Channel.OF_SERVER, Channel.class).setParameter("serverId", serverId)
                .getResultList()) {
            channels.put(c.getId(), new ServerFacts.ChannelFact(c.getId(), serverId, c.getParentId(), c.getType()));
        }
        Map<UUID, List<PermissionCalculator.Overwrite>> overwrites = new HashMap<>();
        for (ChannelOverwrite o : em.createQuery("select o from ChannelOverwrite o, Channel c"
                + " where o.channelId = c.id and c.serverId = :s", ChannelOverwrite.class)
                .setParameter("s", serverId).getResultList()) {
            overwrites.computeIfAbsent(o.getChannelId(), k -> new ArrayList<>())
                    .add(new PermissionCalculator.Overwrite(o.getTargetType(), o.getTargetId(), o.getAllow(), o.getDeny()));
        }
        return Optional.of(new ServerFacts(serverId, guild.getOwnerId(), everyoneId, everyoneBits, bits, members,
                channels, overwrites));
    }

    /** Sets a channel's overwrite for one role or member, replacing any it had. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void putOverwrite(ChannelOverwrite overwrite) {
        removeOverwrite(overwrite.getChannelId(), overwrite.getTargetType(), overwrite.getTargetId());
        em.persist(overwrite);
    }

    /** Removes a channel's overwrite for one role or member; whether there was one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public boolean removeOverwrite(UUID channelId, String targetType, UUID targetId) {
        return em.createQuery("delete from ChannelOverwrite o where o.channelId = :c and o.targetType = :t"
                        + " and o.targetId = :id").setParameter("c", channelId).setParameter("t", targetType)
                .setParameter("id", targetId).executeUpdate() > 0;
    }

    /** The server a channel belongs to (channels never move between servers). */
    public Optional<UUID> serverOfChannel(UUID channelId) {
        return em.createQuery("select c.serverId from Channel c where c.id = :id", UUID.class)
                .setParameter("id", channelId).getResultStream().findFirst();
    }
}
