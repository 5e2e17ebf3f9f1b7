package dev.parley.presence.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;

/**
 * The presence states in Payara's Hazelcast data grid, through JCache (cache {@value #CACHE}):
 * every instance of a cluster counts into the same entries. Keys are user ids and values short
 * strings, so the grid never needs Parley's classes. Without a grid (Hazelcast disabled) it keeps
 * them in this JVM's memory, which is right for one instance only, and says so at start.
 */
@ApplicationScoped
public class JCachePresenceGrid implements PresenceGrid {

    static final String CACHE = "parley-presence";
    private static final Logger LOG = Logger.getLogger(JCachePresenceGrid.class.getName());

    @Inject
    Instance<CacheManager> managers;

    private Cache<String, String> cache;
    private final Map<String, String> local = new ConcurrentHashMap<>();

    @PostConstruct
    void open() {
        try {
            CacheManager manager = managers.get();
            Cache<String, String> existing = manager.getCache(CACHE, String.class, String.class);
            if (existing != null) {
                cache = existing;
                return;
            }
            try {
                cache = manager.createCache(CACHE, new MutableConfiguration<String, String>()
                        .setTypes(String.class, String.class));
            } catch (javax.cache.CacheException raced) {
                cache = manager.getCache(CACHE, String.class, String.class);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "no data grid for presence: connections are counted on this instance only", e);
            cache = null;
        }
    }

    @Override
    public String get(String key) {
        return cache != null ? cache.get(key) : local.get(key);
    }

    @Override
    public Map<String, String> getAll(Set<String> keys) {
        if (cache != null) {
            return cache.getAll(keys);
        }
        Map<String, String> found = new java.util.HashMap<>();
        for (String k : keys) {
            String v = local.get(k);
            if (v != null) {
                found.put(k, v);
            }
        }
        return found;
    }

    @Override
    public boolean putIfAbsent(String key, String value) {
        return cache != null ? cache.putIfAbsent(key, value) : local.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean replace(String key, String expected, String value) {
        return cache != null ? cache.replace(key, expected, value) : local.replace(key, expected, value);
    }

    @Override
    public boolean remove(String key, String expected) {
        return cache != null ? cache.remove(key, expected) : local.remove(key, expected);
    }
}
