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
    private static final UUID QUIET = UUID.randomUUID();
    private static final UUID MOD_ROLE = UUID.randomUUID();
    private static final UUID MODERATOR = UUID.randomUUID();

    private final ServerFacts facts = new ServerFacts(SERVER, OWNER, EVERYONE, Permission.EVERYONE_DEFAULT,
            Map.of(MOD_ROLE, Permission.of(Permission.KICK_MEMBERS)), Map.of(MOD_ROLE, 3),
            Map.of(MEMBER, new ServerFacts.MemberFact(Set.of(), null), OWNER, new ServerFacts.MemberFact(Set.of(), null),
                    MODERATOR, new ServerFacts.MemberFact(Set.of(MOD_ROLE), null),
                    QUIET, new ServerFacts.MemberFact(Set.of(MOD_ROLE), java.time.Instant.now().plusSeconds(3600))),
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

    @Test
    void aMemberInTimeOutMayDoNothingServerWideButTheOwnerIsNeverInTimeOut() {
        assertThat(policy.holdsInServer(QUIET, SERVER, Permission.CREATE_INVITE)).as("@everyone's, while in time-out").isFalse();
        assertThat(policy.holdsInServer(QUIET, SERVER, Permission.KICK_MEMBERS)).as("a role's, while in time-out").isFalse();
        assertThat(policy.holdsInServer(MODERATOR, SERVER, Permission.KICK_MEMBERS)).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> policy.requireInServer(QUIET, SERVER, Permission.CREATE_INVITE))
                .isInstanceOf(dev.parley.platform.control.ForbiddenException.class);
    }

    @Test
    void theHierarchyPutsTheOwnerAboveAllAndNeedsAStrictlyHigherRole() {
        assertThat(facts.outranks(OWNER, MODERATOR)).isTrue();
        assertThat(facts.outranks(MODERATOR, OWNER)).isFalse();
        assertThat(facts.outranks(MODERATOR, MEMBER)).isTrue();
        assertThat(facts.outranks(MODERATOR, QUIET)).as("the same highest role").isFalse();
        assertThat(facts.outranks(MEMBER, MEMBER)).isFalse();
        assertThat(facts.outranksRole(MODERATOR, MOD_ROLE)).as("their own role").isFalse();
        assertThat(facts.outranksRole(MODERATOR, EVERYONE)).isTrue();
        assertThat(facts.outranksRole(OWNER, MOD_ROLE)).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> policy.requireOutranks(MODERATOR, facts, OWNER, "kick"))
                .hasMessage("Nobody can kick the owner of the server.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> policy.requireOutranks(MODERATOR, facts, QUIET, "kick"))
                .hasMessage("You can only kick members whose highest role is below yours.");
    }
}
