package dev.parley.identity.control;

import dev.parley.identity.entity.UserAccount;
import dev.parley.identity.entity.UserSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Trades this token for a newer one, if nobody did before: a compare-and-set on the row, so that
     * of two refreshes with the same token at the same moment exactly one wins.
     */
    public boolean rotate(UUID sessionId, OffsetDateTime now) {
        return em.createQuery("update UserSession s set s.rotatedAt = :now"
                        + " where s.id = :id and s.rotatedAt is null and s.revokedAt is null")
                .setParameter("now", now).setParameter("id", sessionId).executeUpdate() == 1;
    }

    /** Ends these sign-ins of the user; the ones that were still live. */
    public Set<UUID> revokeFamilies(UUID userId, Collection<UUID> familyIds, OffsetDateTime now) {
        if (familyIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> live = new HashSet<>(em.createQuery("select distinct s.familyId from UserSession s"
                        + " where s.userId = :u and s.familyId in :f and s.revokedAt is null", UUID.class)
                .setParameter("u", userId).setParameter("f", familyIds).getResultList());
        em.createQuery("update UserSession s set s.revokedAt = :now"
                        + " where s.userId = :u and s.familyId in :f and s.revokedAt is null")
                .setParameter("now", now).setParameter("u", userId).setParameter("f", familyIds).executeUpdate();
        return live;
    }

    /** The user's live sign-ins: the current token of each family, newest sign-in first. */
    public List<UserSession> liveSignIns(UUID userId, OffsetDateTime now) {
        return em.createQuery("select s from UserSession s where s.userId = :u and s.rotatedAt is null"
                        + " and s.revokedAt is null and s.expiresAt > :now order by s.signedInAt desc, s.id desc",
                        UserSession.class)
                .setParameter("u", userId).setParameter("now", now).getResultList();
    }

    /** Every sign-in of the user that has not ended. */
    public List<UUID> liveFamilies(UUID userId) {
        return em.createQuery("select distinct s.familyId from UserSession s where s.userId = :u"
                        + " and s.revokedAt is null", UUID.class)
                .setParameter("u", userId).getResultList();
    }

    /** Sign-ins ended and accounts disabled since then: what the revocation set holds when an instance starts. */
    public List<SignInsEnded> endedSince(Instant since) {
        OffsetDateTime t = OffsetDateTime.ofInstant(since, ZoneOffset.UTC);
        Map<UUID, Set<UUID>> byUser = new HashMap<>();
        for (Object[] row : em.createQuery("select distinct s.userId, s.familyId from UserSession s"
                + " where s.revokedAt > :t", Object[].class).setParameter("t", t).getResultList()) {
            byUser.computeIfAbsent((UUID) row[0], k -> new HashSet<>()).add((UUID) row[1]);
        }
        List<SignInsEnded> ended = new ArrayList<>();
        byUser.forEach((user, families) -> ended.add(new SignInsEnded(user, families, null)));
        for (Object[] row : em.createQuery("select u.id, u.disabledAt from UserAccount u where u.disabledAt > :t",
                Object[].class).setParameter("t", t).getResultList()) {
            ended.add(new SignInsEnded((UUID) row[0], Set.of(), ((OffsetDateTime) row[1]).toInstant()));
        }
        return ended;
    }
}
