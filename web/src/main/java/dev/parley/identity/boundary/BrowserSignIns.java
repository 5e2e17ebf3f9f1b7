package dev.parley.identity.boundary;

import dev.parley.identity.control.RevokedSignIns;
import dev.parley.identity.control.SignInsEnded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browser sessions signed in on this instance, by sign-in: when a sign-in ends (signed out
 * elsewhere, "sign out everywhere", the account disabled) its HTTP session is invalidated at once,
 * which also closes the page's push connection. {@link SignInFilter} refuses an ended sign-in on
 * every request as well, for a session this instance did not register (one replicated from another).
 */
@ApplicationScoped
public class BrowserSignIns {

    private record Entry(UUID userId, Instant signedInAt, HttpSession session) {
    }

    private final Map<UUID, Entry> bySignIn = new ConcurrentHashMap<>();

    void register(UUID userId, UUID signIn, Instant signedInAt, HttpSession session) {
        bySignIn.put(signIn, new Entry(userId, signedInAt, session));
    }

    void forget(UUID signIn) {
        if (signIn != null) {
            bySignIn.remove(signIn);
        }
    }

    void onEnded(@Observes RevokedSignIns.Applied applied) {
        SignInsEnded ended = applied.ended();
        bySignIn.forEach((signIn, e) -> {
            if (ended.ends(e.userId(), signIn, e.signedInAt()) && bySignIn.remove(signIn, e)) {
                try {
                    e.session().invalidate();
                } catch (IllegalStateException alreadyGone) {
                    // the session ended on its own meanwhile
                }
            }
        });
    }

    int size() {
        return bySignIn.size();
    }
}
