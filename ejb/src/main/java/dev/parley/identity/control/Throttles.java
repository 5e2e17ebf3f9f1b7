package dev.parley.identity.control;

import dev.parley.platform.control.RateLimitedException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import org.eclipse.microprofile.config.Config;

/**
 * Rate limits on attempts that an attacker would repeat: token buckets (Bucket4j) per {@link Throttle}
 * and key (an account, an address, an email), kept in the cluster's data grid (JCache cache
 * {@value #CACHE}, values are Bucket4j's bytes, changed by compare-and-set: {@link GridBuckets}), so that
 * every instance counts into the same bucket.
 * Without a grid the buckets live in this JVM (right for one instance only; said at start).
 *
 * <p>Two ways to use it. {@link #check} counts every attempt (a registration, a reset mail asked for).
 * {@link #attempt} counts an attempt that may turn out fine: it takes a token before the work (so that
 * concurrent attempts cannot overrun the limit) and {@link Attempt#succeeded()} gives it back, so only
 * failures (a wrong password) use the limit up. Either refuses with {@link RateLimitedException}
 * (429, {@code Retry-After}) while the bucket is empty. A null or blank key is not limited.
 */
@ApplicationScoped
public class Throttles {

    static final String CACHE = "parley-throttles";
    /** Local buckets kept at most, without a grid: the oldest are forgotten (a full bucket forgets nothing). */
    static final int LOCAL_MAX = 100_000;
    private static final Logger LOG = Logger.getLogger(Throttles.class.getName());

    @Inject
    Instance<CacheManager> managers;

    @Inject
    Config config;

    private final Map<Throttle, BucketConfiguration> limits = new EnumMap<>(Throttle.class);
    private ProxyManager<String> grid;
    private final Map<String, Bucket> local = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > LOCAL_MAX;
        }
    });

    /** One attempt that took a token: give it back if it went well. */
    public interface Attempt {

        /** The attempt succeeded: it does not count against the limit. */
        void succeeded();

        /** Whether this attempt took the last token: the next one is refused until tokens come back. */
        boolean wasLast();
    }

    @PostConstruct
    void open() {
        Duration longest = Duration.ofMinutes(1);
        for (Throttle t : Throttle.values()) {
            Throttle.Limit limit = Throttle.Limit.parse(t.configKey(),
                    config.getOptionalValue(t.configKey(), String.class).orElse(null));
            limit(t, limit);
            longest = longest.compareTo(limit.period()) < 0 ? limit.period() : longest;
        }
        try {
            CacheManager manager = managers.get();
            Cache<String, byte[]> cache = manager.getCache(CACHE, String.class, byte[].class);
            if (cache == null) {
                // a bucket untouched for its longest period is full again: nothing is lost when it expires
                MutableConfiguration<String, byte[]> settings = new MutableConfiguration<String, byte[]>()
                        .setTypes(String.class, byte[].class)
                        .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(
                                new javax.cache.expiry.Duration(TimeUnit.SECONDS, longest.toSeconds())));
                try {
                    cache = manager.createCache(CACHE, settings);
                } catch (javax.cache.CacheException raced) {
                    cache = manager.getCache(CACHE, String.class, byte[].class);
                }
            }
            grid = new GridBuckets(cache);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "no data grid for throttles: attempts are counted on this instance only", e);
            grid = null;
        }
    }

    /** Sets a kind's limit (at start; tests). */
    void limit(Throttle kind, Throttle.Limit limit) {
        limits.put(kind, BucketConfiguration.builder().addLimit(Bandwidth.builder().capacity(limit.capacity())
                .refillGreedy(limit.capacity(), limit.period()).build()).build());
    }

    /** Counts one attempt of this kind for this key; refuses (429) when there were too many. */
    public void check(Throttle kind, String key) {
        Bucket bucket = bucket(kind, key);
        if (bucket != null) {
            take(kind, bucket);
        }
    }

    /**
     * Takes a token for an attempt whose outcome is not known yet; refuses (429) when none is left. Call
     * {@link Attempt#succeeded()} when it went well, so that only failures count.
     */
    public Attempt attempt(Throttle kind, String key) {
        Bucket bucket = bucket(kind, key);
        if (bucket == null) {
            return NOT_LIMITED;
        }
        long left = take(kind, bucket);
        return new Attempt() {
            @Override
            public void succeeded() {
                bucket.addTokens(1);
            }

            @Override
            public boolean wasLast() {
                return left <= 0;
            }
        };
    }

    /** Takes a token or refuses; the tokens left. */
    private static long take(Throttle kind, Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L);
            throw new RateLimitedException(kind.refusal() + " Try again in " + Math.max(1, seconds) + " s.", seconds);
        }
        return probe.getRemainingTokens();
    }

    private Bucket bucket(Throttle kind, String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String id = kind.settingName() + ":" + key.strip().toLowerCase(Locale.ROOT);
        BucketConfiguration limit = limits.get(kind);
        if (grid != null) {
            return grid.builder().build(id, () -> limit);
        }
        return local.computeIfAbsent(id, k -> Bucket.builder().addLimit(limit.getBandwidths()[0]).build());
    }

    private static final Attempt NOT_LIMITED = new Attempt() {
        @Override
        public void succeeded() {
        }

        @Override
        public boolean wasLast() {
            return false;
        }
    };
}
