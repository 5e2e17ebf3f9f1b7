package dev.parley.dm.control;

import dev.parley.channel.entity.Channel;
import dev.parley.dm.entity.DmConversation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The dm room's queries: conversations, their participants and channels, and blocks. */
@ApplicationScoped
public class DmStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @jakarta.annotation.Resource(lookup = "java:app/jdbc/parley")
    javax.sql.DataSource dataSource;

    /** A conversation row, its channel and its participants, in the caller's transaction. */
    void create(DmConversation conversation, Channel channel, Collection<UUID> participants) {
        em.persist(conversation);
        em.flush(); // the channel refers to the conversation
        em.persist(channel);
        for (UUID user : participants) {
            em.createNativeQuery("insert into dm_participants (conversation_id, user_id) values (?, ?)")
                    .setParameter(1, conversation.getId()).setParameter(2, user).executeUpdate();
        }
        em.flush();
    }

    Optional<DmConversation> conversation(UUID dmId) {
        return Optional.ofNullable(em.find(DmConversation.class, dmId));
    }

    /** The one-to-one conversation of this pair, locked against a concurrent creation of the same one. */
    Optional<UUID> byPair(String pairKey) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?))").setParameter(1, pairKey).getSingleResult();
        return em.createQuery("select d.id from DmConversation d where d.pairKey = :k", UUID.class)
                .setParameter("k", pairKey).getResultStream().findFirst();
    }

    Optional<UUID> byPairUnlocked(String pairKey) {
        return em.createQuery("select d.id from DmConversation d where d.pairKey = :k", UUID.class)
                .setParameter("k", pairKey).getResultStream().findFirst();
    }

    @SuppressWarnings("unchecked")
    List<UUID> participants(UUID dmId) {
        return em.createNativeQuery("select user_id from dm_participants where conversation_id = ? order by joined_at, user_id")
                .setParameter(1, dmId).getResultList();
    }

    boolean leave(UUID dmId, UUID userId) {
        return em.createNativeQuery("delete from dm_participants where conversation_id = ? and user_id = ?")
                .setParameter(1, dmId).setParameter(2, userId).executeUpdate() > 0;
    }

    UUID channelOf(UUID dmId) {
        return (UUID) em.createNativeQuery("select id from channels where dm_id = ?").setParameter(1, dmId)
                .getSingleResult();
    }

    /**
     * The ids of the user's conversations. Plain JDBC: it is asked outside any transaction (a
     * gateway worker authenticating, a scheduled presence task), where Payara's non-transactional
     * entity manager is tied to a request that such threads do not have.
     */
    public Set<UUID> conversationsOf(UUID userId) {
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement q = c.prepareStatement("select conversation_id from dm_participants where user_id = ?")) {
            q.setObject(1, userId);
            Set<UUID> ids = new HashSet<>();
            try (java.sql.ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add((UUID) rs.getObject(1));
                }
            }
            return ids;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("reading the conversations of " + userId + " failed", e);
        }
    }

    /** A conversation as listed: id, channel, owner, group or not, created, latest message; newest activity first. */
    record Row(UUID id, UUID channelId, UUID ownerId, boolean group, java.time.Instant createdAt, UUID lastMessageId) {
    }

    @SuppressWarnings("unchecked")
    List<Row> rowsOf(UUID userId) {
        List<Object[]> rows = em.createNativeQuery("select d.id, c.id, d.owner_id, d.pair_key is null, d.created_at,"
                + " (select m.id from messages m where m.channel_id = c.id order by m.id desc limit 1) as last"
                + " from dm_participants p join dm_conversations d on d.id = p.conversation_id"
                + " join channels c on c.dm_id = d.id where p.user_id = ?"
                + " order by coalesce((select m.id from messages m where m.channel_id = c.id order by m.id desc limit 1),"
                + " d.id) desc").setParameter(1, userId).getResultList();
        List<Row> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Row((UUID) r[0], (UUID) r[1], (UUID) r[2], (Boolean) r[3], instant(r[4]), (UUID) r[5]));
        }
        return out;
    }

    /** Each conversation's participants, in one query. */
    @SuppressWarnings("unchecked")
    Map<UUID, List<UUID>> participantsOf(Collection<UUID> dmIds) {
        Map<UUID, List<UUID>> out = new LinkedHashMap<>();
        if (dmIds.isEmpty()) {
            return out;
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select conversation_id, user_id from dm_participants"
                + " where conversation_id = any(cast(? as uuid[])) order by joined_at, user_id")
                .setParameter(1, "{" + String.join(",", dmIds.stream().map(UUID::toString).toList()) + "}")
                .getResultList()) {
            out.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[1]);
        }
        return out;
    }

    /** Whether the two share a server. */
    boolean shareAServer(UUID a, UUID b) {
        return ((Number) em.createNativeQuery("select count(*) from server_members x join server_members y"
                + " on y.server_id = x.server_id where x.user_id = ? and y.user_id = ?").setParameter(1, a)
                .setParameter(2, b).getSingleResult()).longValue() > 0;
    }

    boolean userExists(UUID userId) {
        return ((Number) em.createNativeQuery("select count(*) from users where id = ?").setParameter(1, userId)
                .getSingleResult()).longValue() > 0;
    }

    /** Whether {@code blocker} has blocked {@code blocked}. */
    boolean blocks(UUID blocker, UUID blocked) {
        return ((Number) em.createNativeQuery("select count(*) from user_blocks where user_id = ? and blocked_id = ?")
                .setParameter(1, blocker).setParameter(2, blocked).getSingleResult()).longValue() > 0;
    }

    boolean block(UUID blocker, UUID blocked) {
        return em.createNativeQuery("insert into user_blocks (user_id, blocked_id) values (?, ?) on conflict do nothing")
                .setParameter(1, blocker).setParameter(2, blocked).executeUpdate() > 0;
    }

    boolean unblock(UUID blocker, UUID blocked) {
        return em.createNativeQuery("delete from user_blocks where user_id = ? and blocked_id = ?")
                .setParameter(1, blocker).setParameter(2, blocked).executeUpdate() > 0;
    }

    @SuppressWarnings("unchecked")
    List<UUID> blockedBy(UUID blocker) {
        return em.createNativeQuery("select blocked_id from user_blocks where user_id = ? order by created_at")
                .setParameter(1, blocker).getResultList();
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return value == null ? null : java.time.Instant.parse(value.toString());
    }
}
