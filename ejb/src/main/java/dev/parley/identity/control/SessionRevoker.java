package dev.parley.identity.control;

import dev.parley.platform.control.Clock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import dev.parley.identity.entity.UserSession;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Rotates refresh tokens, and ends sign-ins (every token of their families), in transactions of their own, so that the revocation
 * stays even when the request that discovered a reused token is answered with an error (and its own
 * transaction rolls back). Fires {@link SignInsEnded}: after the commit their access tokens are refused
 * and their connections close, on every instance.
 */
@Stateless
public class SessionRevoker {

    @Inject
    IdentityStore store;

    @Inject
    Clock clock;

    @Inject
    Event<SignInsEnded> ended;

    /**
     * Trades the refresh token {@code old} for the one hashed {@code newHash}, if nobody traded it before (a
     * compare-and-set on its row): the new token's row is written in the same transaction, a transaction of
     * its own. So the row lock ends with it — the loser of two racing refreshes can then end the sign-in (which
     * updates the same row) without waiting on a lock its own request holds — and the winner's new token is
     * committed by the time the loser ends the sign-in, which therefore ends it too.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean rotate(UserSession old, String newHash, Device device, OffsetDateTime expiresAt) {
        if (!store.rotate(old.getId(), clock.nowUtc())) {
            return false;
        }
        store.add(new UserSession(old.getUserId(), old.getFamilyId(), newHash, device.userAgent(), device.ip(),
                old.getSignedInAt(), expiresAt));
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void revokeFamily(UUID userId, UUID familyId) {
        revoke(userId, Set.of(familyId));
    }

    /** Ends those of these sign-ins of the user that were live; which ones. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Set<UUID> revoke(UUID userId, Collection<UUID> familyIds) {
        Set<UUID> live = store.revokeFamilies(userId, familyIds, clock.nowUtc());
        if (!live.isEmpty()) {
            ended.fire(new SignInsEnded(userId, live, null));
        }
        return live;
    }
}
