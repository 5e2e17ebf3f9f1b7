package dev.parley.identity.control;

import dev.parley.identity.entity.UserAccount;
import dev.parley.identity.entity.UserSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The identity room's queries: accounts and refresh-token sessions. */
@ApplicationScoped
public class IdentityStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    /** Writes pending inserts now, so a unique constraint fails here rather than at commit. */
    public void flush() {
        em.flush();
    }

    public Optional<UserAccount> user(UUID userId) {
        return Optional.ofNullable(userId == null ? null : em.find(UserAccount.class, userId));
    }

    public Optional<UserView> view(UUID userId) {
        return user(userId).map(UserView::of);
    }

    /**
     * The public views of these users, in one query. Read as a list, not a stream: outside a
     * transaction the entity manager is closed when the query returns, before a lazy stream is read.
     */
    public Map<UUID, UserView> views(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u from UserAccount u where u.id in :ids", UserAccount.class)
                .setParameter("ids", userIds).getResultList().stream()
                .collect(Collectors.toMap(UserAccount::getId, UserView::of, (a, b) -> a));
    }

    /** The account whose email or username is {@code login}, in any case. */
    public Optional<UserAccount> byLogin(String login) {
        return em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class)
                .setParameter("login", login.toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    public boolean emailTaken(String email) {
        return em.createQuery("select count(u) from UserAccount u where lower(u.email) = :v", Long.class)
                .setParameter("v", email.toLowerCase(Locale.ROOT)).getSingleResult() > 0;
    }

    public boolean usernameTaken(String username) {
        return em.createQuery("select count(u) from UserAccount u where lower(u.username) = :v", Long.class)
                .setParameter("v", username.toLowerCase(Locale.ROOT)).getSingleResult() > 0;
    }

    public Optional<UserSession> sessionByTokenHash(String hash) {
        return em.createQuery("select s from UserSession s where s.refreshTokenHash = :h", UserSession.class)
                .setParameter("h", hash).getResultStream().findFirst();
    }

    public void revokeFamily(UUID familyId, OffsetDateTime now) {
        em.createQuery("update UserSession s set s.revokedAt = :now where s.familyId = :f and s.revokedAt is null")
                .setParameter("now", now).setParameter("f", familyId).executeUpdate();
    }
}
