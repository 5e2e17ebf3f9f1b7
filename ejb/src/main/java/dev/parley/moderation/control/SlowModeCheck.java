package dev.parley.moderation.control;

import dev.parley.message.control.SendCheck;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.permission.control.ServerFacts.ChannelFact;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.RateLimitedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * Slow mode: in a channel with {@code slowModeSeconds > 0}, a member posts again only that long
 * after their previous post there; sooner is a 429 saying when ({@code Retry-After} too). Those who
 * may manage the channel's messages or the channel itself are exempt, as in Discord.
 *
 * <p>The last post of each (channel, author) is remembered in this instance's memory and claimed
 * atomically when a post passes, so two posts sent at once cannot both pass; a refused post does
 * not move the time. No database, no grid call per message. The map is bounded: past
 * {@link #MAX_TRACKED} entries those older than the longest slow mode (6 h, which can refuse
 * nothing) are dropped, and if that is not enough all are (slow mode then forgets, never wrongly
 * refuses). In a cluster each instance remembers the posts it accepted: a member whose posts reach
 * two instances (a REST client without sticky sessions) could post once per instance per
 * interval; the gateway and the web page stay on one instance.
 */
@ApplicationScoped
public class SlowModeCheck implements SendCheck {

    static final int MAX_TRACKED = 100_000;
    /** Discord's (and the schema's) longest slow mode. */
    static final long LONGEST_MILLIS = 21_600_000L;

    private record Key(UUID channelId, UUID authorId) {
    }

    private final Map<Key, Long> lastPost = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    PermissionPolicy policy;

    private BiPredicate<UUID, UUID> exempt;

    public SlowModeCheck() {
    }

    /** For unit tests: a given clock, and who is exempt as (author, channel). */
    SlowModeCheck(Clock clock, BiPredicate<UUID, UUID> exempt) {
        this.clock = clock;
        this.exempt = exempt;
    }

    @Override
    public void check(UUID authorId, ChannelFact channel, String content) {
        int seconds = channel.slowModeSeconds();
        if (seconds <= 0 || isExempt(authorId, channel.id())) {
            return;
        }
        long now = clock.millis();
        long interval = seconds * 1000L;
        long[] wait = {0};
        lastPost.compute(new Key(channel.id(), authorId), (key, last) -> {
            if (last != null && now - last < interval) {
                wait[0] = interval - (now - last);
                return last;
            }
            return now;
        });
        if (wait[0] > 0) {
            long after = (wait[0] + 999) / 1000;
            throw new RateLimitedException("Slow mode: you can post again in " + after + " s.", after);
        }
        if (lastPost.size() > MAX_TRACKED) {
            prune(now);
        }
    }

    private boolean isExempt(UUID authorId, UUID channelId) {
        if (exempt != null) {
            return exempt.test(authorId, channelId);
        }
        return policy.holds(authorId, channelId, Permission.MANAGE_MESSAGES)
                || policy.holds(authorId, channelId, Permission.MANAGE_CHANNELS);
    }

    private void prune(long now) {
        lastPost.values().removeIf(last -> now - last >= LONGEST_MILLIS);
        if (lastPost.size() > MAX_TRACKED) {
            lastPost.clear();
        }
    }

    /** How many (channel, author) pairs are remembered; for tests. */
    int tracked() {
        return lastPost.size();
    }
}
