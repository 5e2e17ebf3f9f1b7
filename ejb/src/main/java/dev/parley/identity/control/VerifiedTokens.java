package dev.parley.identity.control;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens whose signature and claims were already checked, by their exact text, so that a
 * client that uses its token again (every REST request, every reconnect) is not verified again:
 * an RS256 check was a third of the CPU of a gateway connect in a profile (docs/perf/realtime.md d.).
 * A hit still has to be unexpired; an entry never outlives its token. Bounded: when full, expired
 * entries go first, and if none has expired everything is dropped (the next uses verify afresh).
 * Thread-safe; a capacity of 0 turns it off.
 */
final class VerifiedTokens {

    private final int capacity;
    private final Map<String, TokenService.Bearer> verified = new ConcurrentHashMap<>();

    VerifiedTokens(int capacity) {
        this.capacity = Math.max(0, capacity);
    }

    /** The bearer of a token verified before, if it has not expired by {@code now}. */
    Optional<TokenService.Bearer> get(String token, Instant now) {
        if (capacity == 0) {
            return Optional.empty();
        }
        TokenService.Bearer bearer = verified.get(token);
        if (bearer == null) {
            return Optional.empty();
        }
        if (!bearer.expiresAt().isAfter(now)) {
            verified.remove(token, bearer);
            return Optional.empty();
        }
        return Optional.of(bearer);
    }

    /** Remembers a token that was just verified. */
    void put(String token, TokenService.Bearer bearer, Instant now) {
        if (capacity == 0) {
            return;
        }
        if (verified.size() >= capacity) {
            verified.values().removeIf(b -> !b.expiresAt().isAfter(now));
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(token, bearer);
    }

    int size() {
        return verified.size();
    }
}
