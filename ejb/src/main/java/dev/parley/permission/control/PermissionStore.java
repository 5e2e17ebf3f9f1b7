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

    /**
     * The facts of one server, read in six queries, or of one direct-message conversation (three),
     * or empty when there is neither.
     */
    public Optional<ServerFacts> load(UUID serverId) {
        Guild guild = em.find(Guild.class, serverId);
        if (guild == null) {
            return loadConversation(serverId);
        }
        UUID everyoneId = null;
        long everyoneBits = 0;
        Map<UUID, Long> bits = new HashMap<>();
        Map<UUID, Integer> positions = new HashMap<>();
        for (Role r : em.createQuery("select r from Role r where r.serverId = :s", Role.class)
                .setParameter("s", serverId).getResultList()) {
            if (r.isDefaultRole()) {
                everyoneId = r.getId();
                everyoneBits = r.getPermissions();
            } else {
                bits.put(r.getId(), r.getPermissions());
                positions.put(r.getId(), r.getPosition());
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
            channels.put(c.getId(), new ServerFacts.ChannelFact(c.getId(), serverId, c.getParentId(), c.getType(),
                    c.getSlowModeSeconds()));
        }
        Map<UUID, List<PermissionCalculator.Overwrite>> overwrites = new HashMap<>();
        for (ChannelOverwrite o : em.createQuery("select o from ChannelOverwrite o, Channel c"
                + " where o.channelId = c.id and c.serverId = :s", ChannelOverwrite.class)
                .setParameter("s", serverId).getResultList()) {
            overwrites.computeIfAbsent(o.getChannelId(), k -> new ArrayList<>())
                    .add(new PermissionCalculator.Overwrite(o.getTargetType(), o.getTargetId(), o.getAllow(), o.getDeny()));
        }
        return Optional.of(new ServerFacts(serverId, guild.getOwnerId(), everyoneId, everyoneBits, bits, positions, members,
                channels, overwrites));
    }

    /**
     * A direct-message conversation as permission facts: its participants are the members, all
     * with {@link Permission#DIRECT} and no owner or roles; its one channel is the DM channel. In a
     * one-to-one conversation where either has blocked the other, neither may write or react.
     */
    @SuppressWarnings("unchecked")
    private Optional<ServerFacts> loadConversation(UUID dmId) {
        List<Object> channelIds = em.createNativeQuery("select id from channels where dm_id = ?").setParameter(1, dmId)
                .getResultList();
        if (channelIds.isEmpty()) {
            return Optional.empty();
        }
        UUID channelId = (UUID) channelIds.get(0);
        List<Object> participants = em.createNativeQuery("select user_id from dm_participants where conversation_id = ?")
                .setParameter(1, dmId).getResultList();
        Map<UUID, ServerFacts.MemberFact> members = new HashMap<>();
        for (Object p : participants) {
            members.put((UUID) p, new ServerFacts.MemberFact(Set.of(), null));
        }
        Map<UUID, List<PermissionCalculator.Overwrite>> overwrites = new HashMap<>();
        if (members.size() == 2) {
            Number blocks = (Number) em.createNativeQuery("select count(*) from user_blocks b join dm_participants p"
                    + " on p.user_id = b.user_id join dm_participants q on q.user_id = b.blocked_id"
                    + " where p.conversation_id = ?1 and q.conversation_id = ?1").setParameter(1, dmId).getSingleResult();
            if (blocks.longValue() > 0) {
                long silenced = Permission.of(Permission.SEND_MESSAGES, Permission.ADD_REACTIONS);
                List<PermissionCalculator.Overwrite> deny = new ArrayList<>();
                members.keySet().forEach(u -> deny.add(new PermissionCalculator.Overwrite("member", u, 0, silenced)));
                overwrites.put(channelId, deny);
            }
        }
        Map<UUID, ServerFacts.ChannelFact> channels = Map.of(channelId,
                new ServerFacts.ChannelFact(channelId, dmId, null, dev.parley.channel.entity.ChannelType.DM, 0));
        return Optional.of(new ServerFacts(dmId, null, null, Permission.DIRECT, Map.of(), members, channels, overwrites));
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

    /** The server (or direct conversation) a channel belongs to; channels never move. */
    public Optional<UUID> serverOfChannel(UUID channelId) {
        return em.createQuery("select coalesce(c.serverId, c.dmId) from Channel c where c.id = :id", UUID.class)
                .setParameter("id", channelId).getResultStream().findFirst();
    }
}
