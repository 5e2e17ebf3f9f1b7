package dev.parley.sso.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sign-in begun at a provider and not yet back: its state (which also tells the provider apart on the
 * one callback), nonce and PKCE verifier, and where to go afterwards. Kept in the browser's HTTP session
 * (cookie {@code SameSite=Lax}, which a top-level redirect back from the provider carries), used once.
 */
record PendingSignIn(String provider, String state, String nonce, String verifier, String next, Instant startedAt)
        implements Serializable {

    static final String ATTRIBUTE = "parley.sso.pending";
    /** how long a person may take at the provider */
    static final long TTL_SECONDS = 600;
    /** sign-ins begun in other tabs that are kept at once */
    static final int MAX_PENDING = 5;

    boolean expired(Instant now) {
        return startedAt.plusSeconds(TTL_SECONDS).isBefore(now);
    }

    /** The pending sign-ins of a session, by state; oldest first. */
    @SuppressWarnings("unchecked")
    static Map<String, PendingSignIn> of(jakarta.servlet.http.HttpSession session) {
        Object held = session.getAttribute(ATTRIBUTE);
        if (held instanceof LinkedHashMap<?, ?> map) {
            return (Map<String, PendingSignIn>) map;
        }
        LinkedHashMap<String, PendingSignIn> map = new LinkedHashMap<>();
        session.setAttribute(ATTRIBUTE, map);
        return map;
    }
}
