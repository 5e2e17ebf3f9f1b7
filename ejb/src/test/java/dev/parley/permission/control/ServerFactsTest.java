package dev.parley.permission.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.channel.entity.ChannelType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServerFactsTest {

    private static final UUID SERVER = UUID.randomUUID();
    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID EVERYONE = UUID.randomUUID();
    private static final UUID ANNA = UUID.randomUUID();
    private static final UUID CATEGORY = UUID.randomUUID();
    private static final UUID SECRET = UUID.randomUUID();
    private static final UUID THREAD = UUID.randomUUID();
    private static final UUID OPEN = UUID.randomUUID();
    private static final UUID OPEN_THREAD = UUID.randomUUID();

    private static ServerFacts facts(Map<UUID, List<PermissionCalculator.Overwrite>> overwrites) {
        Map<UUID, ServerFacts.ChannelFact> channels = Map.of(
                CATEGORY, new ServerFacts.ChannelFact(CATEGORY, SERVER, null, ChannelType.CATEGORY),
                SECRET, new ServerFacts.ChannelFact(SECRET, SERVER, CATEGORY, ChannelType.TEXT),
                THREAD, new ServerFacts.ChannelFact(THREAD, SERVER, SECRET, ChannelType.THREAD),
                OPEN, new ServerFacts.ChannelFact(OPEN, SERVER, null, ChannelType.TEXT),
                OPEN_THREAD, new ServerFacts.ChannelFact(OPEN_THREAD, SERVER, OPEN, ChannelType.THREAD));
        return new ServerFacts(SERVER, OWNER, EVERYONE, Permission.EVERYONE_DEFAULT, Map.of(),
                Map.of(ANNA, new ServerFacts.MemberFact(Set.of(), null), OWNER, new ServerFacts.MemberFact(Set.of(), null)),
                channels, overwrites);
    }

    @Test
    void aThreadFollowsItsParentsPermissionsWhereverTheParentHasThem() {
        long deny = Permission.VIEW_CHANNEL.bit();
        // the secret channel inherits its category's overwrite; its thread follows the channel
        ServerFacts viaCategory = facts(Map.of(CATEGORY, List.of(new PermissionCalculator.Overwrite("member", ANNA, 0, deny))));
        ServerFacts direct = facts(Map.of(SECRET, List.of(new PermissionCalculator.Overwrite("member", ANNA, 0, deny))));
        for (ServerFacts f : List.of(viaCategory, direct)) {
            assertThat(Permission.VIEW_CHANNEL.in(f.channelPermissions(ANNA, SECRET, Instant.now()))).isFalse();
            assertThat(Permission.VIEW_CHANNEL.in(f.channelPermissions(ANNA, THREAD, Instant.now()))).isFalse();
            assertThat(Permission.VIEW_CHANNEL.in(f.channelPermissions(ANNA, OPEN_THREAD, Instant.now()))).isTrue();
            assertThat(Permission.VIEW_CHANNEL.in(f.channelPermissions(OWNER, THREAD, Instant.now()))).isTrue();
        }
    }

    @Test
    void aConversationsParticipantsHoldTheDirectSetAndOthersNothing() {
        UUID dm = UUID.randomUUID();
        UUID channel = UUID.randomUUID();
        ServerFacts conversation = new ServerFacts(dm, null, null, Permission.DIRECT, Map.of(),
                Map.of(ANNA, new ServerFacts.MemberFact(Set.of(), null)),
                Map.of(channel, new ServerFacts.ChannelFact(channel, dm, null, ChannelType.DM)), Map.of());
        long anna = conversation.channelPermissions(ANNA, channel, Instant.now());
        assertThat(Permission.SEND_MESSAGES.in(anna)).isTrue();
        assertThat(Permission.MANAGE_MESSAGES.in(anna)).isFalse();
        assertThat(Permission.MENTION_EVERYONE.in(anna)).isFalse();
        assertThat(conversation.channelPermissions(OWNER, channel, Instant.now())).isZero();
    }

    @Test
    void aMembersRolesAreTheirsAndAStrangerHasNone() {
        UUID mods = UUID.randomUUID();
        ServerFacts facts = new ServerFacts(SERVER, OWNER, EVERYONE, Permission.EVERYONE_DEFAULT, Map.of(mods, 0L),
                Map.of(ANNA, new ServerFacts.MemberFact(Set.of(mods), null), OWNER, new ServerFacts.MemberFact(Set.of(), null)),
                Map.of(), Map.of());
        assertThat(facts.rolesOf(ANNA)).containsExactly(mods);
        assertThat(facts.rolesOf(OWNER)).isEmpty();
        assertThat(facts.rolesOf(UUID.randomUUID())).isEmpty();
        assertThat(facts.rolesOf(null)).isEmpty();
    }

    @Test
    void aChannelWithOverwritesOfItsOwnStopsInheritingItsCategorysEvenForOtherTargets() {
        UUID own = UUID.randomUUID();
        Map<UUID, ServerFacts.ChannelFact> channels = Map.of(
                CATEGORY, new ServerFacts.ChannelFact(CATEGORY, SERVER, null, ChannelType.CATEGORY),
                own, new ServerFacts.ChannelFact(own, SERVER, CATEGORY, ChannelType.TEXT));
        long deny = Permission.VIEW_CHANNEL.bit();
        ServerFacts facts = new ServerFacts(SERVER, OWNER, EVERYONE, Permission.EVERYONE_DEFAULT, Map.of(),
                Map.of(ANNA, new ServerFacts.MemberFact(Set.of(), null)), channels,
                Map.of(CATEGORY, List.of(new PermissionCalculator.Overwrite("member", ANNA, 0, deny)),
                        own, List.of(new PermissionCalculator.Overwrite("role", EVERYONE, 0, Permission.ADD_REACTIONS.bit()))));
        long set = facts.channelPermissions(ANNA, own, Instant.now());
        assertThat(Permission.VIEW_CHANNEL.in(set)).as("the category's deny is not inherited").isTrue();
        assertThat(Permission.ADD_REACTIONS.in(set)).isFalse();
        assertThat(facts.overwriteSource(own)).isEqualTo(own);
        assertThat(facts.channelPermissions(ANNA, CATEGORY, Instant.now())).isZero();
    }

    @Test
    void theOwnerIsNeverTimedOutAndOthersAreOnlyUntilTheTimeOutEnds() {
        Instant now = Instant.parse("2025-06-01T12:00:00Z");
        Map<UUID, ServerFacts.ChannelFact> channels = Map.of(OPEN, new ServerFacts.ChannelFact(OPEN, SERVER, null, ChannelType.TEXT));
        ServerFacts facts = new ServerFacts(SERVER, OWNER, EVERYONE, Permission.EVERYONE_DEFAULT, Map.of(),
                Map.of(ANNA, new ServerFacts.MemberFact(Set.of(), now.plusSeconds(60)),
                        OWNER, new ServerFacts.MemberFact(Set.of(), now.plusSeconds(60))), channels, Map.of());
        assertThat(Permission.SEND_MESSAGES.in(facts.channelPermissions(ANNA, OPEN, now))).isFalse();
        assertThat(Permission.SEND_MESSAGES.in(facts.channelPermissions(ANNA, OPEN, now.plusSeconds(60)))).isTrue();
        assertThat(facts.channelPermissions(OWNER, OPEN, now)).isEqualTo(Permission.ALL);
    }

    @Test
    void theHierarchyIsTheHighestRolesPositionWithTheOwnerAboveAll() {
        UUID admins = UUID.randomUUID();
        UUID mods = UUID.randomUUID();
        UUID helpers = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        UUID cleo = UUID.randomUUID();
        UUID dan = UUID.randomUUID();
        ServerFacts facts = new ServerFacts(SERVER, OWNER, EVERYONE, Permission.EVERYONE_DEFAULT,
                Map.of(admins, Permission.ADMINISTRATOR.bit(), mods, 0L, helpers, 0L),
                Map.of(admins, 3, mods, 2, helpers, 1),
                Map.of(ANNA, new ServerFacts.MemberFact(Set.of(mods, helpers), null),
                        bob, new ServerFacts.MemberFact(Set.of(mods), null),
                        cleo, new ServerFacts.MemberFact(Set.of(helpers), null),
                        dan, new ServerFacts.MemberFact(Set.of(admins), null),
                        OWNER, new ServerFacts.MemberFact(Set.of(), null)),
                Map.of(), Map.of());
        assertThat(facts.highestPosition(ANNA)).isEqualTo(2);
        assertThat(facts.outranks(ANNA, cleo)).isTrue();
        assertThat(facts.outranks(ANNA, bob)).as("the same highest role: neither outranks").isFalse();
        assertThat(facts.outranks(bob, ANNA)).isFalse();
        assertThat(facts.outranks(cleo, ANNA)).isFalse();
        assertThat(facts.outranks(dan, OWNER)).as("nobody outranks the owner, an administrator neither").isFalse();
        assertThat(facts.outranks(OWNER, dan)).isTrue();
        assertThat(facts.outranks(OWNER, OWNER)).isFalse();
        assertThat(facts.outranksRole(ANNA, helpers)).isTrue();
        assertThat(facts.outranksRole(ANNA, mods)).as("a role one holds is not below one").isFalse();
        assertThat(facts.outranksRole(ANNA, admins)).isFalse();
        assertThat(facts.outranksRole(ANNA, EVERYONE)).isTrue();
        assertThat(facts.outranksRole(UUID.randomUUID(), EVERYONE)).as("a stranger, with no role").isFalse();
        assertThat(facts.outranksRole(OWNER, admins)).isTrue();
        assertThat(facts.serverPermissions(dan)).as("ADMINISTRATOR does not lift one in the hierarchy").isEqualTo(Permission.ALL);
        assertThat(facts.outranksRole(dan, admins)).isFalse();
    }
}
