package dev.parley.guild.control;

import dev.parley.guild.entity.Guild;
import dev.parley.guild.entity.Invite;
import dev.parley.guild.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The guild room's queries: servers, memberships and invites. */
@ApplicationScoped
public class GuildStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @jakarta.inject.Inject
    dev.parley.identity.control.IdentityStore users;

    public void add(Object entity) {
        em.persist(entity);
    }

    /** Writes what is pending now: rows that refer to a new server need it inserted first. */
    public void flush() {
        em.flush();
    }

    public Optional<Guild> server(UUID serverId) {
        return Optional.ofNullable(serverId == null ? null : em.find(Guild.class, serverId));
    }

    /** The servers the user is a member of, oldest membership first. */
    public List<Guild> serversOf(UUID userId) {
        return em.createQuery("select g from Guild g, Member m where m.serverId = g.id and m.userId = :u"
                        + " order by m.joinedAt, g.id", Guild.class)
                .setParameter("u", userId).getResultList();
    }

    public boolean isMember(UUID serverId, UUID userId) {
        return em.find(Member.class, new Member.Key(serverId, userId)) != null;
    }

    public long memberCount(UUID serverId) {
        return em.createQuery("select count(m) from Member m where m.serverId = :s", Long.class).setParameter("s", serverId)
                .getSingleResult();
    }

    /** A member as others see them; empty for a non-member. */
    public Optional<MemberView> memberView(UUID serverId, UUID userId) {
        Member m = em.find(Member.class, new Member.Key(serverId, userId));
        if (m == null) {
            return Optional.empty();
        }
        List<UUID> roles = em.createQuery("select a.roleId from RoleAssignment a where a.serverId = :s and a.userId = :u"
                + " order by a.roleId", UUID.class).setParameter("s", serverId).setParameter("u", userId).getResultList();
        return users.view(userId).map(user -> new MemberView(serverId, user, m.getNickname(), roles, m.getJoinedAt(),
                m.getTimeoutUntil()));
    }

    /** The invite, as it is (not locked). */
    public Optional<Invite> invite(String code) {
        return Optional.ofNullable(em.find(Invite.class, code));
    }

    /** The invite, locked against concurrent use until the transaction ends. */
    public Optional<Invite> inviteForUse(String code) {
        return Optional.ofNullable(em.find(Invite.class, code, LockModeType.PESSIMISTIC_WRITE));
    }
}
