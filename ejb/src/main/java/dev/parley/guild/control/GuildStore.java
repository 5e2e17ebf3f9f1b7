package dev.parley.guild.control;

import dev.parley.guild.entity.Guild;
import dev.parley.guild.entity.Invite;
import dev.parley.guild.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * A page of the server's members ordered by user id, after {@code after} (null: from the
     * first): three queries for the page (members, their roles, their users), none per member.
     */
    public List<MemberView> members(UUID serverId, UUID after, int limit) {
        var query = em.createQuery("select m from Member m where m.serverId = :s"
                        + (after == null ? "" : " and m.userId > :after") + " order by m.userId", Member.class)
                .setParameter("s", serverId).setMaxResults(limit);
        if (after != null) {
            query.setParameter("after", after);
        }
        List<Member> page = query.getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = page.stream().map(Member::getUserId).toList();
        Map<UUID, List<UUID>> roles = new HashMap<>();
        for (Object[] row : em.createQuery("select a.userId, a.roleId from RoleAssignment a where a.serverId = :s"
                        + " and a.userId in :ids order by a.roleId", Object[].class)
                .setParameter("s", serverId).setParameter("ids", ids).getResultList()) {
            roles.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((UUID) row[1]);
        }
        Map<UUID, dev.parley.identity.control.UserView> views = users.views(ids);
        List<MemberView> members = new ArrayList<>(page.size());
        for (Member m : page) {
            var user = views.get(m.getUserId());
            if (user != null) {
                members.add(new MemberView(serverId, user, m.getNickname(),
                        List.copyOf(roles.getOrDefault(m.getUserId(), List.of())), m.getJoinedAt(), m.getTimeoutUntil()));
            }
        }
        return members;
    }

    /** The ids of the server's members. */
    public Set<UUID> memberIds(UUID serverId) {
        return new HashSet<>(em.createNamedQuery(Member.USER_IDS_OF_SERVER, UUID.class).setParameter("serverId", serverId)
                .getResultList());
    }

    /** Ends a membership: the member's row and their role assignments in the server. */
    public void removeMember(UUID serverId, UUID userId) {
        em.createQuery("delete from RoleAssignment a where a.serverId = :s and a.userId = :u")
                .setParameter("s", serverId).setParameter("u", userId).executeUpdate();
        em.createQuery("delete from Member m where m.serverId = :s and m.userId = :u")
                .setParameter("s", serverId).setParameter("u", userId).executeUpdate();
    }

    /** The servers where the user is a temporary member holding no role. */
    public List<UUID> temporaryWithoutRoles(UUID userId) {
        return em.createQuery("select m.serverId from Member m where m.userId = :u and m.temporary = true"
                        + " and not exists (select a.roleId from RoleAssignment a where a.serverId = m.serverId"
                        + " and a.userId = m.userId)", UUID.class)
                .setParameter("u", userId).getResultList();
    }

    /**
     * Deletes the server; the database deletes what is its own with it (members, roles, channels and
     * their messages, invites, bans, the audit log).
     */
    public void deleteServer(UUID serverId) {
        em.createQuery("delete from Guild g where g.id = :s").setParameter("s", serverId).executeUpdate();
    }

    /** The server's invites, oldest first. */
    public List<Invite> invitesOf(UUID serverId) {
        return em.createQuery("select i from Invite i where i.serverId = :s order by i.createdAt, i.code", Invite.class)
                .setParameter("s", serverId).getResultList();
    }

    public void remove(Invite invite) {
        em.remove(invite);
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
