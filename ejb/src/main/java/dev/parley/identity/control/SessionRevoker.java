package dev.parley.identity.control;

import dev.parley.platform.control.Clock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Ends every session of a sign-in family in a transaction of its own, so the revocation stays
 * even when the request that discovered a reused token is answered with an error (and its own
 * transaction rolls back).
 */
@Stateless
public class SessionRevoker {

    @Inject
    IdentityStore store;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void revokeFamily(UUID familyId) {
        store.revokeFamily(familyId, clock.nowUtc());
    }
}
