package dev.parley.moderation.boundary;

import dev.parley.guild.control.ServerView;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.permission.control.PermissionCache;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.boundary.UiTexts;
import dev.parley.platform.control.Clock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The line over the composer of a reader who is timed out in the server on screen, saying until
 * when (as the refusal of a post does; the sentence is the page's, i18n/chat*.properties). Read from
 * the cached permission facts, no query; the chat page renders it again when the reader's membership
 * changes (server-live.js, {@code member:update}).
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

    private Instant until;
    private boolean read;

    /** Until when the reader is timed out in the server on screen, or null when they are not. */
    public Instant getUntil() {
        if (!read) {
            read = true;
            ServerView server = place.isHome() ? null : place.getCurrentServer();
            until = server == null ? null : cache.server(server.id())
                    .flatMap(facts -> facts.timedOutUntil(me.id(), clock.now())).orElse(null);
        }
        return until;
    }

    /**
     * That time in the page's language, in UTC (the server does not know the reader's zone): what the line says
     * until the page's script has put the time in the reader's own zone ({@code data-until}, parley.js).
     */
    public String getUntilText() {
        Instant at = getUntil();
        return at == null ? "" : inUtc(at, UiTexts.locale());
    }

    static String inUtc(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(at) + " UTC";
    }
}
