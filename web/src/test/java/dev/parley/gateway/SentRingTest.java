package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentRingTest {

    private static LiveFrame frame(long atMillis) {
        return new LiveFrame(FrameBody.of("e", "{\"at\":" + atMillis + "}"), atMillis, null);
    }

    private static List<Long> times(SentRing ring) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < ring.size(); i++) {
            out.add(ring.get(i).atMillis());
        }
        return out;
    }

    @Test
    void keepsTheLastEventsUpToTheLimitWithTheirSeqsCountedFromTheFirst() {
        SentRing ring = new SentRing();
        assertThat(ring.isEmpty()).isTrue();
        for (long seq = 1; seq <= 1_500; seq++) {
            ring.add(seq, frame(seq * 10), 1_000);
        }
        assertThat(ring.size()).isEqualTo(1_000);
        assertThat(ring.firstSeq()).isEqualTo(501);
        assertThat(ring.get(0).atMillis()).isEqualTo(5_010);
        assertThat(ring.get(999).atMillis()).isEqualTo(15_000);
    }

    @Test
    void oldEventsAreDroppedByTime() {
        SentRing ring = new SentRing();
        for (long seq = 1; seq <= 5; seq++) {
            ring.add(seq, frame(seq * 1_000), 1_000);
        }
        ring.dropOlderThan(3_000);
        assertThat(times(ring)).containsExactly(3_000L, 4_000L, 5_000L);
        assertThat(ring.firstSeq()).isEqualTo(3);
        ring.dropOlderThan(10_000);
        assertThat(ring.isEmpty()).isTrue();
        ring.add(6, frame(6_000), 1_000);
        assertThat(ring.firstSeq()).isEqualTo(6);
    }

    @Test
    void aGapStartsAfresh() {
        SentRing ring = new SentRing();
        ring.add(1, frame(1), 10);
        ring.add(2, frame(2), 10);
        ring.add(7, frame(7), 10);
        assertThat(ring.firstSeq()).isEqualTo(7);
        assertThat(times(ring)).containsExactly(7L);
    }

    @Test
    void wrappingAroundAndGrowingKeepTheOrder() {
        SentRing ring = new SentRing();
        long seq = 0;
        for (int i = 0; i < 3; i++) {
            ring.add(++seq, frame(seq), 3); // capacity 4, limit 3: the head moves round
        }
        for (int i = 0; i < 10; i++) {
            ring.add(++seq, frame(seq), 3);
        }
        assertThat(times(ring)).containsExactly(11L, 12L, 13L);
        for (int i = 0; i < 20; i++) {
            ring.add(++seq, frame(seq), 100); // grows from there, from a moved head
        }
        assertThat(ring.size()).isEqualTo(23);
        assertThat(ring.firstSeq()).isEqualTo(11);
        assertThat(ring.get(22).atMillis()).isEqualTo(33);
        for (int i = 0; i < ring.size(); i++) {
            assertThat(ring.get(i).atMillis()).isEqualTo(ring.firstSeq() + i);
        }
    }

    @Test
    void clearReleasesTheArray() {
        SentRing ring = new SentRing();
        ring.add(1, frame(1), 10);
        ring.clear();
        assertThat(ring.isEmpty()).isTrue();
        assertThat(ring.toString()).contains("capacity 0");
    }
}
