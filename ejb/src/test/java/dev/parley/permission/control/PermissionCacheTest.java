package dev.parley.permission.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.channel.entity.ChannelType;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.LiveEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The permission cache: loads once, drops on change, never keeps a load that raced a change. */
class PermissionCacheTest {

    private final UUID server = UUID.randomUUID();
    private final UUID owner = UUID.randomUUID();
    private final UUID member = UUID.randomUUID();
    private final UUID everyone = UUID.randomUUID();
    private final UUID channel = UUID.randomUUID();

    private ServerFacts facts(List<PermissionCalculator.Overwrite> overwrites, UUID... members) {
        Map<UUID, ServerFacts.MemberFact> m = new HashMap<>();
        for (UUID u : members) {
            m.put(u, new ServerFacts.MemberFact(Set.of(), null));
        }
        return new ServerFacts(server, owner, everyone, Permission.EVERYONE_DEFAULT, Map.of(), m,
                Map.of(channel, new ServerFacts.ChannelFact(channel, server, null, ChannelType.TEXT)),
                overwrites.isEmpty() ? Map.of() : Map.of(channel, overwrites));
    }

    @Test
    void factsAreLoadedOnceAndAgainOnlyAfterAChange() {
        AtomicInteger loads = new AtomicInteger();
        AtomicReference<ServerFacts> stored = new AtomicReference<>(facts(List.of(), owner, member));
        PermissionCache cache = new PermissionCache(id -> {
            loads.incrementAndGet();
            return Optional.of(stored.get());
        }, c -> Optional.of(server));
        PermissionPolicy policy = new PermissionPolicy(cache, new Clock());
        for (int i = 0; i < 100; i++) {
            policy.requireInChannel(member, channel, Permission.SEND_MESSAGES);
        }
        assertThat(loads).hasValue(1);

        stored.set(facts(List.of(new PermissionCalculator.Overwrite("member", member, 0,
                Permission.VIEW_CHANNEL.bit())), owner, member));
        assertThat(policy.requireInChannel(member, channel, Permission.SEND_MESSAGES)).as("still cached").isNotNull();
        cache.invalidateLocally(server);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> policy.requireInChannel(member, channel, Permission.SEND_MESSAGES))
                .hasMessage("No such channel.");
        assertThat(loads).hasValue(2);
    }

    @Test
    void aLoadThatRacedAChangeIsNotKept() {
        AtomicInteger loads = new AtomicInteger();
        PermissionCache[] cache = new PermissionCache[1];
        cache[0] = new PermissionCache(id -> {
            if (loads.incrementAndGet() == 1) {
                cache[0].invalidateLocally(server); // the change commits while the first load reads
            }
            return Optional.of(facts(List.of(), owner));
        }, c -> Optional.of(server));
        cache[0].server(server);
        cache[0].server(server);
        assertThat(loads).as("the raced snapshot was not cached").hasValue(2);
        cache[0].server(server);
        assertThat(loads).hasValue(2);
    }

    @Test
    void theAudienceFollowsTheFactsAsTheyAreNow() {
        AtomicReference<ServerFacts> stored = new AtomicReference<>(facts(List.of(), owner, member));
        PermissionCache cache = new PermissionCache(id -> Optional.of(stored.get()), c -> Optional.of(server));
        PermissionAudience audience = new PermissionAudience();
        audience.cache = cache;
        audience.clock = new Clock();
        LiveEvent inChannel = new LiveEvent("message:new", server, channel, null, "{}");
        UUID stranger = UUID.randomUUID();
        assertThat(audience.of(inChannel).test(member)).isTrue();
        assertThat(audience.of(inChannel).test(stranger)).isFalse();

        stored.set(facts(List.of(new PermissionCalculator.Overwrite("member", member, 0,
                Permission.VIEW_CHANNEL.bit())), owner, member));
        cache.invalidateLocally(server);
        assertThat(audience.of(inChannel).test(member)).as("lost VIEW_CHANNEL").isFalse();
        assertThat(audience.of(inChannel).test(owner)).isTrue();
        LiveEvent serverWide = new LiveEvent("member:join", server, null, stranger, "{}");
        assertThat(audience.of(serverWide).test(member)).as("still a member").isTrue();
        assertThat(audience.of(serverWide).test(stranger)).as("the one who just joined").isTrue();
        assertThat(audience.of(serverWide).test(UUID.randomUUID())).isFalse();
    }

    @Test
    void aMemberInTimeOutKeepsOnlyViewAndHistory() {
        Map<UUID, ServerFacts.MemberFact> m = Map.of(member, new ServerFacts.MemberFact(Set.of(),
                Instant.parse("2030-01-01T00:00:00Z")));
        ServerFacts f = new ServerFacts(server, owner, everyone, Permission.EVERYONE_DEFAULT, Map.of(), m,
                Map.of(channel, new ServerFacts.ChannelFact(channel, server, null, ChannelType.TEXT)), Map.of());
        long now = f.channelPermissions(member, channel, Instant.parse("2029-12-31T23:59:59Z"));
        assertThat(Permission.VIEW_CHANNEL.in(now)).isTrue();
        assertThat(Permission.SEND_MESSAGES.in(now)).isFalse();
        long later = f.channelPermissions(member, channel, Instant.parse("2030-01-01T00:00:01Z"));
        assertThat(Permission.SEND_MESSAGES.in(later)).isTrue();
    }
}
