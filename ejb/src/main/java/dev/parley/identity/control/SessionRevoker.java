package dev.parley.identity.control;

import dev.parley.identity.entity.UserSession;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Ends every session of a sign-in family in a transaction of its own, so the revocation stays
 * even when the request that discovered a reused token is answered with an error (and its own
 * transaction rolls back).
 */
@Stateless
public class SessionRevoker {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void revokeFamily(UUID familyId) {
        em.createQuery("update UserSession s set s.revokedAt = :now where s.familyId = :f and s.revokedAt is null")
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC)).setParameter("f", familyId).executeUpdate();
    }
}
