package dev.parley.identity.control;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.cache.Cache;

/**
 * Bucket4j's buckets in a JCache cache by compare-and-set: a bucket's state is read as bytes and
 * written back with {@code putIfAbsent} or {@code replace(key, old, new)}, Bucket4j retrying when another
 * instance changed it meanwhile. The grid stores and compares only byte arrays, so its members never need
 * Bucket4j's (or Parley's) classes — unlike Bucket4j's JCache entry processors, which a member that owns a
 * key would have to deserialize with the application's classes. In Hazelcast {@code replace} compares the
 * serialized values, i.e. the bytes.
 */
final class GridBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    private final Cache<String, byte[]> cache;

    GridBuckets(Cache<String, byte[]> cache) {
        super(ClientSideConfig.getDefault());
        this.cache = cache;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return Optional.ofNullable(cache.get(key));
            }

            @Override
            public boolean compareAndSwap(byte[] original, byte[] newData, RemoteBucketState newState,
                    Optional<Long> timeoutNanos) {
                return original == null ? cache.putIfAbsent(key, newData) : cache.replace(key, original, newData);
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("throttles are synchronous");
    }

    @Override
    public void removeProxy(String key) {
        cache.remove(key);
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException("throttles are synchronous");
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }
}
