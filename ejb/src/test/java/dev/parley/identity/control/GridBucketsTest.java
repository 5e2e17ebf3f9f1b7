package dev.parley.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.Cache;
import org.junit.jupiter.api.Test;

class GridBucketsTest {

    /** A cache as the grid is one: it holds bytes and compares them by content (Hazelcast compares serialized values). */
    @SuppressWarnings("unchecked")
    private static Cache<String, byte[]> gridLike(AtomicInteger replaces) {
        ConcurrentHashMap<String, ByteBuffer> map = new ConcurrentHashMap<>();
        return (Cache<String, byte[]>) Proxy.newProxyInstance(Cache.class.getClassLoader(), new Class<?>[] {Cache.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> {
                        ByteBuffer b = map.get((String) args[0]);
                        yield b == null ? null : b.array().clone();
                    }
                    case "putIfAbsent" -> map.putIfAbsent((String) args[0], ByteBuffer.wrap(((byte[]) args[1]).clone())) == null;
                    case "replace" -> {
                        replaces.incrementAndGet();
                        yield map.replace((String) args[0], ByteBuffer.wrap((byte[]) args[1]),
                                ByteBuffer.wrap(((byte[]) args[2]).clone()));
                    }
                    case "remove" -> map.remove((String) args[0]) != null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void concurrentTakersNeverGetMoreTokensThanTheBucketHolds() throws Exception {
        GridBuckets buckets = new GridBuckets(gridLike(new AtomicInteger()));
        BucketConfiguration ten = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(10).refillGreedy(10, Duration.ofHours(1)).build()).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> takes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                takes.add(pool.submit(() -> buckets.builder().build("login-account:anna", () -> ten).tryConsume(1)));
            }
            int taken = 0;
            for (Future<Boolean> t : takes) {
                taken += t.get() ? 1 : 0;
            }
            assertThat(taken).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
        assertThat(buckets.builder().build("login-account:ben", () -> ten).tryConsume(1)).as("another key").isTrue();
    }

    @Test
    void tokensGivenBackAreThereForTheNextInstanceToo() {
        Cache<String, byte[]> grid = gridLike(new AtomicInteger());
        BucketConfiguration two = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(2).refillGreedy(2, Duration.ofHours(1)).build()).build();
        GridBuckets here = new GridBuckets(grid);
        GridBuckets there = new GridBuckets(grid);
        assertThat(here.builder().build("k", () -> two).tryConsume(2)).isTrue();
        assertThat(there.builder().build("k", () -> two).tryConsume(1)).as("the same bucket").isFalse();
        here.builder().build("k", () -> two).addTokens(1);
        assertThat(there.builder().build("k", () -> two).tryConsume(1)).isTrue();
    }
}
