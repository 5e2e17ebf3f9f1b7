package dev.parley.identity.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Sign-ins of a user that ended: fired in the transaction that ends them, acted on after it commits
 * ({@link RevokedSignIns}): their access tokens are refused from then on, on every instance, and
 * their gateway connections and browser sessions close.
 *
 * @param userId       whose sign-ins
 * @param signIns      the sign-ins (refresh-token families) that ended
 * @param issuedBefore when not null, every token of the user issued at or before this instant is
 *                     refused too (the account was disabled)
 */
public record SignInsEnded(UUID userId, Set<UUID> signIns, Instant issuedBefore) implements Serializable {

    private static final long serialVersionUID = 1L;

    public SignInsEnded {
        signIns = Set.copyOf(signIns);
    }

    /** Whether a token of this sign-in, issued then, is one of those that ended. */
    public boolean ends(UUID userId, UUID signIn, Instant issuedAt) {
        return this.userId.equals(userId) && (signIns.contains(signIn)
                || issuedBefore != null && issuedAt != null && !issuedAt.isAfter(issuedBefore));
    }
}
