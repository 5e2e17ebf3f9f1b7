package dev.parley.moderation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.permission.control.Permission;
import dev.parley.permission.control.ServerFacts;
import dev.parley.permission.control.ServerFacts.MemberFact;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemberRightsTest {

    private final UUID server = UUID.randomUUID();
    private final UUID everyone = UUID.randomUUID();
    private final UUID owner = UUID.randomUUID();
    private final UUID mod = UUID.randomUUID();
    private final UUID helper = UUID.randomUUID();
    private final UUID plain = UUID.randomUUID();
    private final UUID modRole = UUID.randomUUID();
    private final UUID helperRole = UUID.randomUUID();
    private final Instant now = Instant.parse("2030-01-01T00:00:00Z");

    private ServerFacts facts() {
        return new ServerFacts(server, owner, everyone, Permission.EVERYONE_DEFAULT,
                Map.of(modRole, Permission.of(Permission.BAN_MEMBERS, Permission.MANAGE_ROLES),
                        helperRole, Permission.of(Permission.KICK_MEMBERS)),
                Map.of(modRole, 2, helperRole, 1),
                Map.of(owner, new MemberFact(Set.of(), null), mod, new MemberFact(Set.of(modRole), null),
                        helper, new MemberFact(Set.of(helperRole), null), plain, new MemberFact(Set.of(), null)),
                Map.of(), Map.of());
    }

    @Test
    void aModeratorMayDoWhatTheirRoleGivesToMembersBelowThem() {
        MemberRights rights = MemberRights.of(facts(), mod, plain, null, now);
        assertThat(rights.ban()).isTrue();
        assertThat(rights.kick()).as("no KICK_MEMBERS").isFalse();
        assertThat(rights.timeout()).isFalse();
        assertThat(rights.roles()).isTrue();
        assertThat(rights.explain()).as("no channel on screen").isFalse();
        assertThat(MemberRights.of(facts(), mod, helper, null, now).ban()).isTrue();
    }

    @Test
    void nobodyActsOnTheOwnerOrOnThoseAboveThem() {
        MemberRights onOwner = MemberRights.of(facts(), mod, owner, null, now);
        assertThat(onOwner.kick() || onOwner.ban() || onOwner.timeout() || onOwner.nick()).isFalse();
        assertThat(onOwner.roles()).as("roles below one's own may be given to anyone, as the service allows").isTrue();
        assertThat(MemberRights.of(facts(), helper, mod, null, now).kick()).as("the mod's role is higher").isFalse();
        assertThat(MemberRights.of(facts(), helper, plain, null, now).kick()).isTrue();
    }

    @Test
    void aPlainMemberMayOnlyRenameAndExplainThemselves() {
        MemberRights self = MemberRights.of(facts(), plain, plain, UUID.randomUUID(), now);
        assertThat(self.moderates()).isFalse();
        assertThat(self.nick()).as("CHANGE_NICKNAME is in @everyone's defaults").isTrue();
        assertThat(self.explain()).isTrue();
        assertThat(MemberRights.of(facts(), plain, helper, null, now).any()).isFalse();
    }

    @Test
    void theOwnerMayDoEverythingToOthers() {
        MemberRights rights = MemberRights.of(facts(), owner, mod, null, now);
        assertThat(rights.kick() && rights.ban() && rights.timeout() && rights.nick() && rights.roles()).isTrue();
    }

    @Test
    void nonMembersGetNothing() {
        assertThat(MemberRights.of(facts(), mod, UUID.randomUUID(), null, now)).isEqualTo(MemberRights.NONE);
        assertThat(MemberRights.of(null, mod, plain, null, now)).isEqualTo(MemberRights.NONE);
    }
}
