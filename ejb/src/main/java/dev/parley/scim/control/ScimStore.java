package dev.parley.scim.control;

import dev.parley.identity.entity.UserAccount;
import dev.parley.scim.entity.ScimUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The SCIM room's queries. The provider sees every account of the installation except those it
 * deleted: an account it has not touched yet shows its Parley username as userName, so that the
 * provider can find (by userName or email) and take over accounts made before provisioning.
 */
@ApplicationScoped
public class ScimStore {

    /** What a SCIM User is read from; {@code s} is absent for accounts the provider has not touched. */
    private static final String VIEW = "select u.id, coalesce(s.user_name, u.username), s.external_id, s.given_name,"
            + " s.family_name, u.display_name, u.email, u.disabled_at, u.created_at,"
            + " greatest(u.updated_at, coalesce(s.updated_at, u.updated_at))"
            + " from users u left join scim_users s on s.user_id = u.id where s.deleted_at is null";

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    /** Writes pending changes now, so that a unique index fails here rather than at commit. */
    public void flush() {
        em.flush();
    }

    /** The account, locked for this transaction's changes. */
    public Optional<UserAccount> accountForUpdate(UUID id) {
        return Optional.ofNullable(em.find(UserAccount.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<ScimUser> scimUser(UUID id) {
        return Optional.ofNullable(em.find(ScimUser.class, id));
    }

    /** The provider's record with this userName, in any case, deleted or not. */
    public Optional<ScimUser> byUserName(String userName) {
        return em.createQuery("select s from ScimUser s where lower(s.userName) = :v", ScimUser.class)
                .setParameter("v", ScimUsernames.lower(userName)).getResultStream().findFirst();
    }

    /**
     * Another account that the provider sees under this userName without having touched it: one whose
     * username or email is that userName.
     */
    public boolean untouchedAccountNamed(String userName, UUID except) {
        return ((Number) em.createNativeQuery("select count(*) from users u where (lower(u.username) = ?1"
                        + " or lower(u.email) = ?1) and u.id <> ?2"
                        + " and not exists (select 1 from scim_users s where s.user_id = u.id)")
                .setParameter(1, ScimUsernames.lower(userName)).setParameter(2, orNone(except))
                .getSingleResult()).longValue() > 0;
    }

    public boolean userNameTaken(String userName, UUID except) {
        return em.createQuery("select count(s) from ScimUser s where lower(s.userName) = :v and s.userId <> :x",
                        Long.class)
                .setParameter("v", ScimUsernames.lower(userName)).setParameter("x", orNone(except))
                .getSingleResult() > 0;
    }

    public boolean usernameTaken(String username, UUID except) {
        return em.createQuery("select count(u) from UserAccount u where lower(u.username) = :v and u.id <> :x",
                        Long.class)
                .setParameter("v", ScimUsernames.lower(username)).setParameter("x", orNone(except))
                .getSingleResult() > 0;
    }

    public boolean emailTaken(String email, UUID except) {
        return em.createQuery("select count(u) from UserAccount u where lower(u.email) = :v and u.id <> :x",
                        Long.class)
                .setParameter("v", ScimUsernames.lower(email)).setParameter("x", orNone(except))
                .getSingleResult() > 0;
    }

    /** The user as the provider sees it; empty for an unknown or deleted one. */
    public Optional<ScimUserView> view(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(VIEW + " and u.id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(ScimStore::view);
    }

    /** A page of the users that match ({@code filter} null: all), oldest account first. */
    public ScimPage page(ScimFilter filter, int startIndex, int count) {
        StringBuilder where = new StringBuilder();
        Object value = null;
        if (filter != null) {
            switch (filter.attribute()) {
                case USER_NAME -> {
                    where.append(" and (lower(s.user_name) = ?1 or (s.user_id is null and (lower(u.username) = ?1"
                            + " or lower(u.email) = ?1)))");
                    value = ScimUsernames.lower(filter.value());
                }
                case EXTERNAL_ID -> {
                    where.append(" and s.external_id = ?1");
                    value = filter.value();
                }
                case EMAIL -> {
                    where.append(" and lower(u.email) = ?1");
                    value = ScimUsernames.lower(filter.value());
                }
                case ID -> {
                    where.append(" and u.id = ?1");
                    value = uuid(filter.value());
                    if (value == null) {
                        return new ScimPage(0, startIndex, List.of());
                    }
                }
                case ACTIVE -> where.append(Boolean.parseBoolean(filter.value())
                        ? " and u.disabled_at is null" : " and u.disabled_at is not null");
            }
        }
        Query total = em.createNativeQuery("select count(*) from (" + VIEW + where + ") m");
        Query rows = em.createNativeQuery(VIEW + where + " order by u.id limit ?2 offset ?3");
        if (value != null) {
            total.setParameter(1, value);
            rows.setParameter(1, value);
        }
        long matching = ((Number) total.getSingleResult()).longValue();
        List<ScimUserView> page = new ArrayList<>();
        if (count > 0 && startIndex - 1 < matching) {
            // SCIM pages by position (startIndex); accounts are few next to messages, so OFFSET is fine here
            @SuppressWarnings("unchecked")
            List<Object[]> found = rows.setParameter(2, count).setParameter(3, startIndex - 1L).getResultList();
            found.forEach(r -> page.add(view(r)));
        }
        return new ScimPage(matching, startIndex, page);
    }

    private static ScimUserView view(Object[] r) {
        return new ScimUserView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], r[7] == null, instant(r[8]), instant(r[9]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return value == null ? null : Instant.parse(value.toString().replace(' ', 'T').toUpperCase(Locale.ROOT));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An id no account has, for "except nobody". */
    private static UUID orNone(UUID id) {
        return id == null ? new UUID(0, 0) : id;
    }
}
