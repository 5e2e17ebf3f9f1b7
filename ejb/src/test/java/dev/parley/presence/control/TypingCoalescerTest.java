package dev.parley.presence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One typing:start per user and channel and window reaches the fan-out. */
class TypingCoalescerTest {

    private final TypingCoalescer coalescer = new TypingCoalescer(3000);
    private final UUID ada = UUID.randomUUID();
    private final UUID bea = UUID.randomUUID();
    private final UUID general = UUID.randomUUID();
    private final UUID random = UUID.randomUUID();

    @Test
    void repeatsWithinTheWindowAreDroppedAndTheNextWindowIsNewsAgain() {
        assertThat(coalescer.admit(ada, general, 0)).isTrue();
        for (long t = 100; t < 3000; t += 100) {
            assertThat(coalescer.admit(ada, general, t)).as("at " + t).isFalse();
        }
        assertThat(coalescer.admit(ada, general, 3000)).isTrue();
        assertThat(coalescer.admit(ada, general, 3500)).isFalse();
    }

    @Test
    void eachUserAndChannelCountsApart() {
        assertThat(coalescer.admit(ada, general, 0)).isTrue();
        assertThat(coalescer.admit(bea, general, 1)).isTrue();
        assertThat(coalescer.admit(ada, random, 2)).isTrue();
        assertThat(coalescer.admit(ada, general, 3)).isFalse();
    }

    @Test
    void aPostedMessageEndsTheTypingSoTheNextStartIsPublished() {
        assertThat(coalescer.admit(ada, general, 0)).isTrue();
        coalescer.forget(ada, general);
        assertThat(coalescer.admit(ada, general, 500)).isTrue();
    }

    @Test
    void oldEntriesAreSweptSoOnlyRecentTypistsAreHeld() {
        for (int i = 0; i < 1000; i++) {
            coalescer.admit(UUID.randomUUID(), general, 0);
        }
        assertThat(coalescer.size()).isEqualTo(1000);
        coalescer.admit(ada, general, 3000);
        assertThat(coalescer.size()).isEqualTo(1);
    }
}
