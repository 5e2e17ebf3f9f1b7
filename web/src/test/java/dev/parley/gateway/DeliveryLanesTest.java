package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeliveryLanesTest {

    private final DeliveryLanes lanes = new DeliveryLanes(3, 100, Executors.defaultThreadFactory());

    @AfterEach
    void close() {
        lanes.close();
    }

    private static Integer[] numbers(int n) {
        Integer[] items = new Integer[n];
        for (int i = 0; i < n; i++) {
            items[i] = i;
        }
        return items;
    }

    @Test
    void everyRecipientGetsTheEventOnceWhateverTheSplit() {
        for (int n : new int[] {0, 1, 99, 100, 199, 200, 299, 300, 301, 1000, 5003}) {
            Integer[] items = numbers(n);
            Set<Integer> seen = ConcurrentHashMap.newKeySet();
            AtomicInteger calls = new AtomicInteger();
            lanes.each(items, n, i -> {
                calls.incrementAndGet();
                seen.add(i);
                return false;
            });
            assertThat(calls.get()).as("n=" + n).isEqualTo(n);
            assertThat(seen).as("n=" + n).hasSize(n);
        }
    }

    @Test
    void bigAudiencesAreSplitAndSmallOnesStayOnTheCallersThread() {
        Set<Thread> big = Collections.synchronizedSet(new HashSet<>());
        lanes.each(numbers(3000), 3000, i -> big.add(Thread.currentThread()));
        Set<Thread> small = Collections.synchronizedSet(new HashSet<>());
        lanes.each(numbers(150), 150, i -> small.add(Thread.currentThread()));

        assertThat(big).hasSize(3).contains(Thread.currentThread());
        assertThat(small).containsExactly(Thread.currentThread());
        assertThat(lanes.lanesFor(199)).isEqualTo(1);
        assertThat(lanes.lanesFor(200)).isEqualTo(2);
        assertThat(lanes.lanesFor(100_000)).isEqualTo(3);
    }

    @Test
    void eachLaneKeepsItsRecipientsAndTheCallReturnsWhenAllAreDone() {
        // a connection is in one lane, so the events given to it one after another arrive in order
        int n = 2000;
        Integer[] items = numbers(n);
        int[] lastEvent = new int[n];
        for (int event = 1; event <= 50; event++) {
            int e = event;
            lanes.each(items, n, i -> {
                assertThat(lastEvent[i]).isEqualTo(e - 1);
                lastEvent[i] = e;
                return true;
            });
            for (int i = 0; i < n; i++) {
                assertThat(lastEvent[i]).isEqualTo(e); // all delivered before each() returned
            }
        }
    }

    @Test
    void answersWhetherAnyRecipientWasNumbered() {
        assertThat(lanes.each(numbers(1000), 1000, i -> i == 999)).isTrue();
        assertThat(lanes.each(numbers(1000), 1000, i -> i == 0)).isTrue();
        assertThat(lanes.each(numbers(1000), 1000, i -> false)).isFalse();
    }

    @Test
    void aFailingRecipientDoesNotStopTheOthersAndIsThrownAfterwards() {
        AtomicInteger delivered = new AtomicInteger();
        assertThatThrownBy(() -> lanes.each(numbers(3000), 3000, i -> {
            if (i == 2500) {
                throw new IllegalStateException("broken socket");
            }
            delivered.incrementAndGet();
            return true;
        })).isInstanceOf(IllegalStateException.class).hasMessage("broken socket");
        assertThat(delivered.get()).isEqualTo(2999);
    }

    @Test
    void oneLaneMeansNoHelpers() {
        DeliveryLanes single = new DeliveryLanes(1, 100, Executors.defaultThreadFactory());
        Set<Thread> used = Collections.synchronizedSet(new HashSet<>());
        single.each(numbers(5000), 5000, i -> used.add(Thread.currentThread()));
        single.close();

        assertThat(used).containsExactly(Thread.currentThread());
    }
}
