package dev.parley.permission.control;

import static dev.parley.permission.control.Permission.ADMINISTRATOR;
import static dev.parley.permission.control.Permission.MANAGE_CHANNELS;
import static dev.parley.permission.control.Permission.READ_MESSAGE_HISTORY;
import static dev.parley.permission.control.Permission.SEND_MESSAGES;
import static dev.parley.permission.control.Permission.VIEW_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.permission.control.PermissionCalculator.Overwrite;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PermissionCalculatorTest {

    private final UUID everyone = UUID.randomUUID();
    private final UUID mods = UUID.randomUUID();
    private final UUID user = UUID.randomUUID();

    @Test
    void theOwnerHasEverythingWhateverTheRoles() {
        assertThat(PermissionCalculator.base(true, 0, List.of())).isEqualTo(Permission.ALL);
    }

    @Test
    void rolesAddToEveryoneAndAdministratorGivesAll() {
        long base = PermissionCalculator.base(false, Permission.EVERYONE_DEFAULT, List.of(MANAGE_CHANNELS.bit()));
        assertThat(MANAGE_CHANNELS.in(base)).isTrue();
        assertThat(PermissionCalculator.base(false, 0, List.of(ADMINISTRATOR.bit()))).isEqualTo(Permission.ALL);
    }

    @Test
    void overwritesApplyEveryoneThenRolesThenTheMember() {
        long base = Permission.EVERYONE_DEFAULT;
        var denyEveryoneSend = new Overwrite("role", everyone, 0, SEND_MESSAGES.bit());
        var allowModsSend = new Overwrite("role", mods, SEND_MESSAGES.bit(), 0);
        var denyUserSend = new Overwrite("member", user, 0, SEND_MESSAGES.bit());

        long noRole = PermissionCalculator.inChannel(base, everyone, Set.of(), user, List.of(denyEveryoneSend), false);
        assertThat(SEND_MESSAGES.in(noRole)).isFalse();

        long asMod = PermissionCalculator.inChannel(base, everyone, Set.of(mods), user,
                List.of(denyEveryoneSend, allowModsSend), false);
        assertThat(SEND_MESSAGES.in(asMod)).isTrue();

        long memberDenied = PermissionCalculator.inChannel(base, everyone, Set.of(mods), user,
                List.of(denyEveryoneSend, allowModsSend, denyUserSend), false);
        assertThat(SEND_MESSAGES.in(memberDenied)).isFalse();
    }

    @Test
    void withoutViewChannelNothingCounts() {
        var hide = new Overwrite("role", everyone, 0, VIEW_CHANNEL.bit());
        assertThat(PermissionCalculator.inChannel(Permission.EVERYONE_DEFAULT, everyone, Set.of(), user,
                List.of(hide), false)).isZero();
    }

    @Test
    void aMemberInTimeOutMayOnlyReadAndSee() {
        long set = PermissionCalculator.inChannel(Permission.EVERYONE_DEFAULT, everyone, Set.of(), user, List.of(), true);
        assertThat(set).isEqualTo(VIEW_CHANNEL.bit() | READ_MESSAGE_HISTORY.bit());
    }

    @Test
    void administratorsIgnoreOverwrites() {
        var hide = new Overwrite("role", everyone, 0, VIEW_CHANNEL.bit());
        assertThat(PermissionCalculator.inChannel(Permission.ALL, everyone, Set.of(), user, List.of(hide), false))
                .isEqualTo(Permission.ALL);
    }

    @Test
    void withinOneOverwriteTheAllowWinsOverTheDeny() {
        var both = new Overwrite("member", user, SEND_MESSAGES.bit(), SEND_MESSAGES.bit());
        long set = PermissionCalculator.inChannel(Permission.EVERYONE_DEFAULT, everyone, Set.of(), user, List.of(both), false);
        assertThat(SEND_MESSAGES.in(set)).isTrue();
    }

    @Test
    void amongTheMembersRolesOneAllowBeatsAnotherRolesDenyWhateverTheirOrder() {
        UUID muted = UUID.randomUUID();
        var allowMods = new Overwrite("role", mods, SEND_MESSAGES.bit(), 0);
        var denyMuted = new Overwrite("role", muted, 0, SEND_MESSAGES.bit());
        for (List<Overwrite> order : List.of(List.of(allowMods, denyMuted), List.of(denyMuted, allowMods))) {
            long set = PermissionCalculator.inChannel(Permission.EVERYONE_DEFAULT, everyone, Set.of(mods, muted), user,
                    order, false);
            assertThat(SEND_MESSAGES.in(set)).isTrue();
        }
    }

    @Test
    void anEveryoneAllowDoesNotUndoARoleDeny() {
        var allowEveryone = new Overwrite("role", everyone, SEND_MESSAGES.bit(), 0);
        var denyMods = new Overwrite("role", mods, 0, SEND_MESSAGES.bit());
        assertThat(SEND_MESSAGES.in(PermissionCalculator.inChannel(Permission.EVERYONE_DEFAULT, everyone, Set.of(mods),
                user, List.of(denyMods, allowEveryone), false))).isFalse();
    }

    @Test
    void overwritesOfRolesTheMemberDoesNotHoldOrOfOthersDoNotCount() {
        var denyMods = new Overwrite("role", mods, 0, SEND_MESSAGES.bit());
        var denySomeoneElse = new Overwrite("member", UUID.randomUUID(), 0, SEND_MESSAGES.bit());
        assertThat(SEND_MESSAGES.in(PermissionCalculator.inChannel(Permission.EVERYONE_DEFAULT, everyone, Set.of(), user,
                List.of(denyMods, denySomeoneElse), false))).isTrue();
    }

    @Test
    void anOverwriteMayGiveViewChannelBackAndThenTheRestCounts() {
        var hide = new Overwrite("role", everyone, 0, VIEW_CHANNEL.bit());
        var showMods = new Overwrite("role", mods, VIEW_CHANNEL.bit(), 0);
        long set = PermissionCalculator.inChannel(Permission.EVERYONE_DEFAULT, everyone, Set.of(mods), user,
                List.of(hide, showMods), false);
        assertThat(VIEW_CHANNEL.in(set)).isTrue();
        assertThat(SEND_MESSAGES.in(set)).isTrue();
    }

    @Test
    void aTimeOutKeepsNothingWhereTheMemberCannotViewAndAnAllowCannotLiftIt() {
        var hide = new Overwrite("member", user, 0, VIEW_CHANNEL.bit());
        assertThat(PermissionCalculator.inChannel(Permission.EVERYONE_DEFAULT, everyone, Set.of(), user, List.of(hide), true))
                .isZero();
        var allowSend = new Overwrite("member", user, SEND_MESSAGES.bit(), 0);
        assertThat(SEND_MESSAGES.in(PermissionCalculator.inChannel(Permission.EVERYONE_DEFAULT, everyone, Set.of(), user,
                List.of(allowSend), true))).isFalse();
    }

    @Test
    void administratorOnEveryoneGivesEveryoneEverything() {
        assertThat(PermissionCalculator.base(false, ADMINISTRATOR.bit(), List.of())).isEqualTo(Permission.ALL);
    }
}
