package dev.parley.permission.control;

import dev.parley.channel.entity.Channel;
import dev.parley.permission.entity.ChannelOverwrite;
import dev.parley.permission.entity.Role;
import dev.parley.permission.entity.RoleAssignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The queries of roles and role assignments, in the caller's transaction. */
@ApplicationScoped
public class RoleStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    /** The server's roles, {@code @everyone} (position 0) first, then up the hierarchy. */
    public List<Role> roles(UUID serverId) {
        return em.createQuery("select r from Role r where r.serverId = :s order by r.position, r.createdAt, r.id",
                Role.class).setParameter("s", serverId).getResultList();
    }

    /** The role, if it is one of the server's. */
    public Optional<Role> role(UUID serverId, UUID roleId) {
        Role role = roleId == null ? null : em.find(Role.class, roleId);
        return Optional.ofNullable(role != null && role.getServerId().equals(serverId) ? role : null);
    }

    /** Moves every role but {@code @everyone} one up, to free position 1 for a new role (as Discord). */
    public void shiftUp(UUID serverId) {
        em.createQuery("update Role r set r.position = r.position + 1 where r.serverId = :s and r.defaultRole = false")
                .setParameter("s", serverId).executeUpdate();
    }

    public void add(Role role) {
        em.persist(role);
    }

    /** Deletes the role with its assignments and the channel overwrites that name it. */
    public void remove(Role role) {
        em.createQuery("delete from RoleAssignment a where a.roleId = :r").setParameter("r", role.getId()).executeUpdate();
        em.createQuery("delete from ChannelOverwrite o where o.targetType = :t and o.targetId = :r")
                .setParameter("t", ChannelOverwrite.ROLE).setParameter("r", role.getId()).executeUpdate();
        em.remove(role);
    }

    public boolean holds(UUID serverId, UUID userId, UUID roleId) {
        return !em.createQuery("select a.roleId from RoleAssignment a where a.serverId = :s and a.userId = :u"
                        + " and a.roleId = :r", UUID.class).setParameter("s", serverId).setParameter("u", userId)
                .setParameter("r", roleId).setMaxResults(1).getResultList().isEmpty();
    }

    public void assign(UUID serverId, UUID userId, UUID roleId) {
        em.persist(new RoleAssignment(userId, roleId, serverId));
    }

    /** Takes the role from the member; whether they held it. */
    public boolean unassign(UUID serverId, UUID userId, UUID roleId) {
        return em.createQuery("delete from RoleAssignment a where a.serverId = :s and a.userId = :u and a.roleId = :r")
                .setParameter("s", serverId).setParameter("u", userId).setParameter("r", roleId).executeUpdate() > 0;
    }

    /** The names of the server's roles and channels by id, for an explanation to show. */
    public Map<UUID, String> names(UUID serverId) {
        Map<UUID, String> names = new HashMap<>();
        for (Role r : roles(serverId)) {
            names.put(r.getId(), r.getName());
        }
        for (Channel c : em.createNamedQuery(Channel.OF_SERVER, Channel.class).setParameter("serverId", serverId)
                .getResultList()) {
            names.put(c.getId(), c.getName());
        }
        return names;
    }
}
