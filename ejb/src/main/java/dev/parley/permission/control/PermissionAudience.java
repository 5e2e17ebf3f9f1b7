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

    @Override
    public Predicate<UUID> of(LiveEvent event) {
        ServerFacts facts = cache.server(event.serverId()).orElse(null);
        java.util.Set<UUID> joiners = event.joiners();
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
