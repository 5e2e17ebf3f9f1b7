package dev.parley.identity.boundary;

import dev.parley.identity.control.RevokedSignIns;
import dev.parley.identity.control.SignInsEnded;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
                invalidator().execute(() -> invalidate(e.session()));
            }
        });
    }

    /*
     * Another browser's session is invalidated on a thread of its own, never on the thread of the request
     * that ended the sign-in: Weld, told of a session's end while a request's session context is active,
     * destroys the session beans of *that request's* session (HttpSessionContextImpl.destroy: "we are in a
     * request, invalidate it"). "Sign out everywhere else" from the account page then signed out the very
     * browser that asked. Off the request, Weld destroys the beans of the session that ended. The filter
     * refuses an ended sign-in on every request meanwhile (SignInFilter), so nothing waits for this.
     */
    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyGone) {
            // the session ended on its own meanwhile
        }
    }

    @Resource
    ManagedThreadFactory threads;

    private volatile ExecutorService invalidator;

    private ExecutorService invalidator() {
        ExecutorService e = invalidator;
        if (e == null) {
            synchronized (this) {
                if (invalidator == null) {
                    invalidator = Executors.newSingleThreadExecutor(threads);
                }
                e = invalidator;
            }
        }
        return e;
    }

    @PreDestroy
    void stop() {
        if (invalidator != null) {
            invalidator.shutdown();
        }
    }

    int size() {
        return bySignIn.size();
    }
}
