package dev.parley.permission.control;

import dev.parley.platform.control.Clock;
import dev.parley.platform.control.LiveAudience;
import dev.parley.platform.control.LiveEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Live events reach who may see them: with a channel, those holding {@code VIEW_CHANNEL} in it;
 * without, the server's members (and the members who just joined). Decided over cached facts,
 * fetched once per event, so filtering a connection is a few map look-ups.
 */
@ApplicationScoped
public class PermissionAudience implements LiveAudience {

    @Inject
    PermissionCache cache;

    @Inject
    Clock clock;

    public PermissionAudience() {
    }

    /** For unit tests. */
    PermissionAudience(PermissionCache cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public Predicate<UUID> of(LiveEvent event) {
        java.util.Set<UUID> joiners = event.joiners();
        if (event.channelId() == null && joiners.contains(event.serverId())) {
            // addressed to one person, scoped by their own id (read-state:update): no server has that id, and
            // asking the cache would read the database for nothing on every such event
            return joiners::contains;
        }
        ServerFacts facts = cache.server(event.serverId()).orElse(null);
        if (facts == null) {
            return joiners::contains;
        }
        if (event.channelId() == null) {
            return user -> joiners.contains(user) || facts.isMember(user);
        }
        UUID channelId = event.channelId();
        Instant now = clock.now();
        return user -> Permission.VIEW_CHANNEL.in(facts.channelPermissions(user, channelId, now));
    }
}
