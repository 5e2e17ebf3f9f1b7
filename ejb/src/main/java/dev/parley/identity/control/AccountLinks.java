package dev.parley.identity.control;

import dev.parley.identity.entity.AccountLink;
import dev.parley.identity.entity.AccountLink.Purpose;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.InvalidLinkException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The single-use links Parley sends by mail (verify an email address, reset a password), and their table.
 *
 * <p>A link's token is 256 bits from {@link SecureRandom}, not a signed statement. Both are unguessable,
 * but a link must also work only once and stop working when a newer one is sent, and that takes a row per
 * link in any case: with the row there, a signature would add a key to guard and rotate and nothing a
 * random token lacks. Only the token's SHA-256 is stored, so the table (a backup, a replica) opens no
 * account; a token is looked up by that hash, an index probe that tells nothing through its timing about
 * tokens that are near a real one. Using a link is a compare-and-set on its row: two uses at the same
 * moment, one wins.
 */
@ApplicationScoped
public class AccountLinks {

    /** How long a link to verify an email address works. */
    public static final Duration VERIFY_EMAIL_TTL = Duration.ofHours(24);
    /** How long a link to reset a password works. */
    public static final Duration RESET_PASSWORD_TTL = Duration.ofHours(1);
    /** Longer than any token made here (43 characters): not looked up at all. */
    private static final int MAX_TOKEN_LENGTH = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Makes a new link for the user, valid for {@code ttl}; the user's earlier open links of the same purpose
     * stop working (the newest mail is the one that counts). The token, to put in the mail.
     */
    public String issue(UUID userId, Purpose purpose, Duration ttl) {
        OffsetDateTime now = clock.nowUtc();
        retireOpen(userId, purpose, now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new AccountLink(userId, purpose, TokenService.hash(token), now, now.plus(ttl)));
        return token;
    }

    /** The link this token opens now, for this purpose: not used, not expired; else {@code invalid-link}. */
    public AccountLink open(String token, Purpose purpose) {
        return find(token).filter(l -> l.isFor(purpose) && l.isOpenAt(clock.nowUtc()))
                .orElseThrow(InvalidLinkException::new);
    }

    /**
     * Uses the link (it works no more) and retires the user's other open links of its purpose. A
     * compare-and-set: when another request used it first, {@code invalid-link}.
     */
    public void use(AccountLink link, Purpose purpose) {
        OffsetDateTime now = clock.nowUtc();
        int used = em.createQuery("update AccountLink l set l.usedAt = :now where l.id = :id and l.usedAt is null"
                        + " and l.expiresAt > :now")
                .setParameter("now", now).setParameter("id", link.getId()).executeUpdate();
        if (used != 1) {
            throw new InvalidLinkException();
        }
        retireOpen(link.getUserId(), purpose, now);
    }

    private Optional<AccountLink> find(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return em.createQuery("select l from AccountLink l where l.tokenHash = :h", AccountLink.class)
                .setParameter("h", TokenService.hash(token.strip())).getResultStream().findFirst();
    }

    private void retireOpen(UUID userId, Purpose purpose, OffsetDateTime now) {
        em.createQuery("update AccountLink l set l.usedAt = :now where l.userId = :u and l.purpose = :p"
                        + " and l.usedAt is null")
                .setParameter("now", now).setParameter("u", userId).setParameter("p", purpose.wireName())
                .executeUpdate();
    }
}
