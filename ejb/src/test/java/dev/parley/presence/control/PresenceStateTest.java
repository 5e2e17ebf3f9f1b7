package dev.parley.presence.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.platform.control.InvalidInputException;
import org.junit.jupiter.api.Test;

/** How a user's presence looks to others and to themselves. */
class PresenceStateTest {

    @Test
    void withoutAConnectionEveryoneIsOfflineWhateverTheyChose() {
        for (PresenceStatus chosen : new PresenceStatus[] {PresenceStatus.ONLINE, PresenceStatus.DND,
                PresenceStatus.INVISIBLE, PresenceStatus.IDLE}) {
            PresenceState state = new PresenceState(0, chosen, true);
            assertThat(state.visible()).isEqualTo(PresenceStatus.OFFLINE);
            assertThat(state.own()).isEqualTo(PresenceStatus.OFFLINE);
        }
    }

    @Test
    void invisibleLooksOfflineToOthersAndInvisibleToThemselves() {
        PresenceState state = new PresenceState(2, PresenceStatus.INVISIBLE, false);
        assertThat(state.visible()).isEqualTo(PresenceStatus.OFFLINE);
        assertThat(state.own()).isEqualTo(PresenceStatus.INVISIBLE);
    }

    @Test
    void awayTurnsOnlineIntoIdleButLeavesDoNotDisturbAlone() {
        assertThat(new PresenceState(1, PresenceStatus.ONLINE, true).visible()).isEqualTo(PresenceStatus.IDLE);
        assertThat(new PresenceState(1, PresenceStatus.ONLINE, false).visible()).isEqualTo(PresenceStatus.ONLINE);
        assertThat(new PresenceState(1, PresenceStatus.DND, true).visible()).isEqualTo(PresenceStatus.DND);
        assertThat(new PresenceState(1, PresenceStatus.ONLINE, true).choose(PresenceStatus.ONLINE).visible())
                .as("choosing clears away").isEqualTo(PresenceStatus.ONLINE);
        assertThat(new PresenceState(0, PresenceStatus.ONLINE, true).opened().away())
                .as("the first connection starts here").isFalse();
    }

    @Test
    void theStateSurvivesTheGridAsText() {
        PresenceState state = new PresenceState(3, PresenceStatus.DND, true);
        assertThat(PresenceState.decode(state.encode())).isEqualTo(state);
        assertThat(PresenceState.decode("garbage")).isEqualTo(new PresenceState(0, PresenceStatus.ONLINE, false));
    }

    @Test
    void onlyTheFourStatusesCanBeChosenAndAnythingElseNamesTheField() {
        assertThat(PresenceStatus.chosen("dnd")).isEqualTo(PresenceStatus.DND);
        for (String bad : new String[] {null, "offline", "ONLINE", "busy", ""}) {
            assertThatThrownBy(() -> PresenceStatus.chosen(bad)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsKey("status"));
        }
    }
}
