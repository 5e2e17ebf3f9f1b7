package dev.parley.presence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Counting a user's connections in the data grid, across instances, by compare-and-set. */
class PresenceStatesTest {

    private final MapGrid grid = new MapGrid();
    private final PresenceStates here = new PresenceStates(grid);
    private final PresenceStates there = new PresenceStates(grid);
    private final UUID ada = UUID.randomUUID();
    private final AtomicInteger chosenReads = new AtomicInteger();

    private PresenceStatus chosen() {
        chosenReads.incrementAndGet();
        return PresenceStatus.DND;
    }

    @Test
    void theFirstConnectionAnywhereBringsTheChosenStatusAndTheLastOneEndsIt() {
        PresenceStates.Change first = here.update(ada, PresenceState::opened, this::chosen, false);
        assertThat(first.visibleChanged()).isTrue();
        assertThat(first.after().visible()).isEqualTo(PresenceStatus.DND);
        assertThat(chosenReads).as("read from the store only when not in the grid").hasValue(1);

        PresenceStates.Change second = there.update(ada, PresenceState::opened, this::chosen, false);
        assertThat(second.visibleChanged()).isFalse();
        assertThat(second.after().connections()).isEqualTo(2);
        assertThat(chosenReads).hasValue(1);

        assertThat(here.update(ada, PresenceState::closed, this::chosen, false).visibleChanged()).isFalse();
        PresenceStates.Change last = there.update(ada, PresenceState::closed, this::chosen, false);
        assertThat(last.visibleChanged()).isTrue();
        assertThat(last.after().visible()).isEqualTo(PresenceStatus.OFFLINE);
        assertThat(grid.map).as("no entry for the offline").isEmpty();
    }

    @Test
    void twoInstancesCountingAtOnceBothCount() {
        here.update(ada, PresenceState::opened, this::chosen, false);
        // another instance opens one between this one's read and its write
        grid.interfere = () -> there.update(ada, PresenceState::opened, this::chosen, false);
        here.update(ada, PresenceState::opened, this::chosen, false);
        assertThat(here.get(ada, this::chosen).connections()).isEqualTo(3);

        grid.interfere = () -> there.update(ada, PresenceState::closed, this::chosen, false);
        here.update(ada, PresenceState::closed, this::chosen, false);
        assertThat(here.get(ada, this::chosen).connections()).isEqualTo(1);
        assertThat(here.get(ada, this::chosen).visible()).isEqualTo(PresenceStatus.DND);
    }

    @Test
    void aStatusChosenWhileOfflineIsNotCountedAsAConnection() {
        PresenceStates.Change change = here.update(ada, s -> s.choose(PresenceStatus.ONLINE), this::chosen, true);
        assertThat(change.visibleChanged()).isFalse();
        assertThat(grid.map).isEmpty();
    }

    @Test
    void goingInvisibleLooksLikeGoingOffline() {
        here.update(ada, PresenceState::opened, this::chosen, false);
        PresenceStates.Change change = here.update(ada, s -> s.choose(PresenceStatus.INVISIBLE), this::chosen, true);
        assertThat(change.visibleChanged()).isTrue();
        assertThat(change.after().visible()).isEqualTo(PresenceStatus.OFFLINE);
        assertThat(change.after().own()).isEqualTo(PresenceStatus.INVISIBLE);
        assertThat(here.update(ada, PresenceState::opened, this::chosen, false).visibleChanged())
                .as("another connection of an invisible user shows nothing").isFalse();
    }

    @Test
    void onlineReadsTheStatesOfManyUsersAtOnce() {
        UUID bea = UUID.randomUUID();
        here.update(ada, PresenceState::opened, this::chosen, false);
        assertThat(here.online(java.util.List.of(ada, bea))).containsOnlyKeys(ada);
    }
}
