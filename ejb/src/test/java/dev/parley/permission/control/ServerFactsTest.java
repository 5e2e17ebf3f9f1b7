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
}
