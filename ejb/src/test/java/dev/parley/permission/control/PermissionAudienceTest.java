package dev.parley.permission.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.channel.entity.ChannelType;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.LiveEvent;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class PermissionAudienceTest {

    private static final UUID SERVER = UUID.randomUUID();
    private static final UUID GENERAL = UUID.randomUUID();
    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID MEMBER = UUID.randomUUID();
    private static final UUID STRANGER = UUID.randomUUID();

    private final AtomicInteger loads = new AtomicInteger();
    private final ServerFacts facts = new ServerFacts(SERVER, OWNER, UUID.randomUUID(), Permission.EVERYONE_DEFAULT,
            Map.of(), Map.of(MEMBER, new ServerFacts.MemberFact(Set.of(), null), OWNER,
                    new ServerFacts.MemberFact(Set.of(), null)),
            Map.of(GENERAL, new ServerFacts.ChannelFact(GENERAL, SERVER, null, ChannelType.TEXT)), Map.of());
    private final PermissionAudience audience = new PermissionAudience(new PermissionCache(id -> {
        loads.incrementAndGet();
        return id.equals(SERVER) ? Optional.of(facts) : Optional.empty();
    }, id -> id.equals(GENERAL) ? Optional.of(SERVER) : Optional.empty()), new Clock());

    @Test
    void anEventForOnePersonReachesThemAloneWithoutAskingForAServer() {
        Predicate<UUID> who = audience.of(new LiveEvent("read-state:update", MEMBER, null, Set.of(MEMBER), "{}", false));
        assertThat(who.test(MEMBER)).isTrue();
        assertThat(who.test(OWNER)).isFalse();
        assertThat(loads).as("no server facts loaded (a database read each time)").hasValue(0);
    }

    @Test
    void aChannelsEventReachesItsViewersAndAServersItsMembers() {
        Predicate<UUID> channel = audience.of(new LiveEvent("message:new", SERVER, GENERAL, (UUID) null, "{}"));
        assertThat(channel.test(MEMBER)).isTrue();
        assertThat(channel.test(STRANGER)).isFalse();
        Predicate<UUID> server = audience.of(new LiveEvent("member:join", SERVER, null, STRANGER, "{}"));
        assertThat(server.test(OWNER)).isTrue();
        assertThat(server.test(STRANGER)).as("the joiner").isTrue();
        assertThat(server.test(UUID.randomUUID())).isFalse();
        assertThat(loads).as("the server's facts are loaded once and kept").hasValue(1);
    }
}
