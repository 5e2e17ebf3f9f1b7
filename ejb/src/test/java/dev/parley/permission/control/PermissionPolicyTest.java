package dev.parley.permission.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.channel.entity.ChannelType;
import dev.parley.platform.control.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PermissionPolicyTest {

    private static final UUID SERVER = UUID.randomUUID();
    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID EVERYONE = UUID.randomUUID();
    private static final UUID MEMBER = UUID.randomUUID();
    private static final UUID STRANGER = UUID.randomUUID();
    private static final UUID GENERAL = UUID.randomUUID();

    private final ServerFacts facts = new ServerFacts(SERVER, OWNER, EVERYONE, Permission.EVERYONE_DEFAULT, Map.of(),
            Map.of(MEMBER, new ServerFacts.MemberFact(Set.of(), null), OWNER, new ServerFacts.MemberFact(Set.of(), null)),
            Map.of(GENERAL, new ServerFacts.ChannelFact(GENERAL, SERVER, null, ChannelType.TEXT)), Map.of());

    private final PermissionPolicy policy = new PermissionPolicy(
            new PermissionCache(id -> id.equals(SERVER) ? Optional.of(facts) : Optional.empty(),
                    id -> id.equals(GENERAL) ? Optional.of(SERVER) : Optional.empty()),
            new Clock());

    @Test
    void whatAPageOffersFollowsTheServerWidePermissions() {
        assertThat(policy.holdsInServer(OWNER, SERVER, Permission.MANAGE_CHANNELS)).as("the owner has everything").isTrue();
        assertThat(policy.holdsInServer(MEMBER, SERVER, Permission.MANAGE_CHANNELS)).as("@everyone may not").isFalse();
        assertThat(policy.holdsInServer(MEMBER, SERVER, Permission.CREATE_INVITE)).isTrue();
        assertThat(policy.holdsInServer(STRANGER, SERVER, Permission.CREATE_INVITE)).as("not a member").isFalse();
        assertThat(policy.holdsInServer(MEMBER, UUID.randomUUID(), Permission.CREATE_INVITE)).isFalse();
    }
}
