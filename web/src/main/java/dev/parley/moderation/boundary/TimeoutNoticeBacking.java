package dev.parley.moderation.boundary;

import dev.parley.guild.control.ServerView;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.permission.control.PermissionCache;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.control.Clock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The line over the composer of a reader who is timed out in the server on screen, saying until
 * when (as the refusal of a post does). Read from the cached permission facts, no query; the chat
 * page renders it again when the reader's membership changes (server-live.js, {@code member:update}).
 */
@Named("timeoutNotice")
@RequestScoped
public class TimeoutNoticeBacking {

    @Inject
    PlaceBacking place;

    @Inject
    PermissionCache cache;

    @Inject
    Clock clock;

    @Inject
    SignedInUser me;

    private String text;

    /** "You are timed out in this server until …", or empty when the reader is not. */
    public String getText() {
        if (text == null) {
            ServerView server = place.isHome() ? null : place.getCurrentServer();
            Instant until = server == null ? null : cache.server(server.id())
                    .flatMap(facts -> facts.timedOutUntil(me.id(), clock.now())).orElse(null);
            text = until == null ? "" : "You are timed out in this server until "
                    + until.truncatedTo(ChronoUnit.SECONDS) + ": you can read, but not post or react.";
        }
        return text;
    }
}
