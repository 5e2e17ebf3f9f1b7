package dev.parley.moderation.control;

import dev.parley.guild.entity.Member;
import dev.parley.moderation.entity.Ban;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The moderation room's queries: memberships it ends, bans, and the messages a ban deletes. */
@ApplicationScoped
public class ModerationStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    /** The membership, locked until the transaction ends, so two moderators act on it in turn. */
    public Optional<Member> memberForUpdate(UUID serverId, UUID userId) {
        return Optional.ofNullable(em.find(Member.class, new Member.Key(serverId, userId), LockModeType.PESSIMISTIC_WRITE));
    }

    /** Ends a membership: the member row and the member's role assignments in that server. */
    public void removeMember(Member member) {
        em.createQuery("delete from RoleAssignment a where a.serverId = :s and a.userId = :u")
                .setParameter("s", member.getServerId()).setParameter("u", member.getUserId()).executeUpdate();
        em.remove(member);
    }

    public Optional<Ban> ban(UUID serverId, UUID userId) {
        return Optional.ofNullable(em.find(Ban.class, new dev.parley.guild.entity.Member.Key(serverId, userId)));
    }

    public boolean isBanned(UUID serverId, UUID userId) {
        return em.createQuery("select count(b) from Ban b where b.serverId = :s and b.userId = :u", Long.class)
                .setParameter("s", serverId).setParameter("u", userId).getSingleResult() > 0;
    }

    /**
     * Stores the ban, or renews one that exists (the newer moderator and reason; the date stays):
     * one statement, so two moderators banning the same user at once both succeed.
     */
    public void ban(UUID serverId, UUID userId, UUID bannedBy, String reason) {
        em.createNativeQuery("insert into bans (server_id, user_id, reason, banned_by, created_at) values (?, ?, ?, ?, now())"
                        + " on conflict (server_id, user_id) do update set reason = excluded.reason,"
                        + " banned_by = excluded.banned_by")
                .setParameter(1, serverId).setParameter(2, userId).setParameter(3, reason).setParameter(4, bannedBy)
                .executeUpdate();
    }

    public void remove(Ban ban) {
        em.remove(ban);
    }

    /** The server's bans, newest first. */
    public List<Ban> bans(UUID serverId) {
        return em.createQuery("select b from Ban b where b.serverId = :s order by b.createdAt desc, b.userId", Ban.class)
                .setParameter("s", serverId).getResultList();
    }

    /** A message deleted by a ban: which, and in which channel. */
    public record DeletedMessage(UUID id, UUID channelId) {
    }

    /**
     * Deletes, in one statement, the user's messages in the server's channels (threads included)
     * written at or after {@code since}; answers which were deleted.
     */
    @SuppressWarnings("unchecked")
    public List<DeletedMessage> deleteMessagesSince(UUID serverId, UUID userId, OffsetDateTime since) {
        List<Object[]> rows = em.createNativeQuery("delete from messages m using channels c where m.channel_id = c.id"
                        + " and c.server_id = ? and m.user_id = ? and m.created_at >= ? returning m.id, m.channel_id")
                .setParameter(1, serverId).setParameter(2, userId).setParameter(3, since).getResultList();
        return rows.stream().map(r -> new DeletedMessage((UUID) r[0], (UUID) r[1])).toList();
    }
}
