package dev.parley.presence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class PresenceBatchesTest {

    private static final UUID SERVER = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final UUID ANNA = UUID.randomUUID();
    private static final UUID BEN = UUID.randomUUID();

    private final PresenceBatches batches = new PresenceBatches();

    @Test
    void theFirstChangeOfAWindowAsksForAnAnnouncementAndItCarriesEveryoneLatest() {
        assertThat(batches.add(SERVER, ANNA, "online")).as("schedule the announcement").isTrue();
        assertThat(batches.add(SERVER, BEN, "online")).as("already scheduled").isFalse();
        assertThat(batches.add(SERVER, ANNA, "idle")).isFalse();
        assertThat(batches.add(OTHER, ANNA, "idle")).as("each scope on its own").isTrue();

        assertThat(batches.take(SERVER)).containsExactly(java.util.Map.entry(ANNA, "idle"), java.util.Map.entry(BEN, "online"));
        assertThat(batches.take(SERVER)).as("taken").isEmpty();
        assertThat(batches.add(SERVER, BEN, "offline")).as("a new window").isTrue();
        assertThat(batches.take(OTHER)).containsExactly(java.util.Map.entry(ANNA, "idle"));
    }
}
