package dev.parley.sso.control;

import dev.parley.identity.entity.UserAccount;
import dev.parley.sso.entity.LinkedIdentity;
import dev.parley.sso.entity.SsoSignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Single sign-on's queries: linked identities, sign-ins through a provider, directory group mappings. */
@ApplicationScoped
public class SsoStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public Optional<LinkedIdentity> linked(String issuer, String subject) {
        return em.createQuery("select l from LinkedIdentity l where l.issuer = :i and l.subject = :s", LinkedIdentity.class)
                .setParameter("i", issuer).setParameter("s", subject).getResultStream().findFirst();
    }

    public Optional<UserAccount> userByEmail(String email) {
        return em.createQuery("select u from UserAccount u where lower(u.email) = :e", UserAccount.class)
                .setParameter("e", email.toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    public boolean usernameTaken(String username) {
        return em.createQuery("select count(u) from UserAccount u where lower(u.username) = :v", Long.class)
                .setParameter("v", username.toLowerCase(Locale.ROOT)).getSingleResult() > 0;
    }

    /** The sign-ins made through this provider session. */
    public List<SsoSignIn> signInsOfSession(String issuer, String sid) {
        return em.createQuery("select s from SsoSignIn s where s.issuer = :i and s.sid = :sid", SsoSignIn.class)
                .setParameter("i", issuer).setParameter("sid", sid).getResultList();
    }

    /** Every mapping of a directory group to a server role, oldest first. */
    public List<GroupRole> groupRoles() {
        List<GroupRole> all = new ArrayList<>();
        for (Object r : em.createNativeQuery("select idp_group, server_id, role_id from sso_group_roles"
                + " order by created_at, idp_group, role_id").getResultList()) {
            Object[] row = (Object[]) r;
            all.add(new GroupRole((String) row[0], uuid(row[1]), uuid(row[2])));
        }
        return all;
    }

    /** Replaces every mapping with these. */
    public void replaceGroupRoles(Collection<GroupRole> mappings) {
        em.createNativeQuery("delete from sso_group_roles").executeUpdate();
        for (GroupRole m : mappings) {
            em.createNativeQuery("insert into sso_group_roles (idp_group, server_id, role_id, created_at)"
                            + " values (?, ?, ?, clock_timestamp())")
                    .setParameter(1, m.group()).setParameter(2, m.serverId()).setParameter(3, m.roleId()).executeUpdate();
        }
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }
}
