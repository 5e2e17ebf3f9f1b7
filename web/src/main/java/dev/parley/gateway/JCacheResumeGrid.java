package dev.parley.gateway;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The resume state in Payara's Hazelcast data grid, through JCache: {@value #EVENTS} holds event
 * bodies and expires each one the resume window after it was written; {@value #SESSIONS} holds
 * the session records and expires each the window after its last write. Payara Micro started with
 * {@code --nocluster} still runs a one-member grid, so this works alone too. Without a grid
 * (Hazelcast disabled) it falls back to {@link ResumeGrid#NONE}.
 */
@ApplicationScoped
public class JCacheResumeGrid implements ResumeGrid {

    static final String EVENTS = "parley-gateway-events";
    static final String SESSIONS = "parley-gateway-sessions";
    /** kept a little past the window, so a record written just before a drop outlives the drop */
    private static final long SLACK_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(JCacheResumeGrid.class.getName());

    @Inject
    Instance<CacheManager> managers;

    @Inject
    @ConfigProperty(name = "parley.gateway.resume-seconds")
    int resumeSeconds;

    private Cache<String, byte[]> events;
    private Cache<String, byte[]> sessions;
    private ResumeGrid fallback;

    @PostConstruct
    void open() {
        try {
            CacheManager manager = managers.get();
            Duration keep = new Duration(TimeUnit.SECONDS, resumeSeconds + SLACK_SECONDS);
            events = cache(manager, EVENTS, new MutableConfiguration<String, byte[]>()
                    .setTypes(String.class, byte[].class).setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(keep)));
            sessions = cache(manager, SESSIONS, new MutableConfiguration<String, byte[]>()
                    .setTypes(String.class, byte[].class).setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(keep)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "no data grid for the gateway's resume state: sessions resume on their own instance only",
                    e);
            fallback = NONE;
        }
    }

    private static Cache<String, byte[]> cache(CacheManager manager, String name,
            MutableConfiguration<String, byte[]> config) {
        if (manager == null) {
            throw new IllegalStateException("no CacheManager (is Hazelcast disabled?)");
        }
        Cache<String, byte[]> existing = manager.getCache(name, String.class, byte[].class);
        if (existing != null) {
            return existing; // another instance (or an earlier deployment) made it
        }
        try {
            return manager.createCache(name, config);
        } catch (javax.cache.CacheException raced) {
            return manager.getCache(name, String.class, byte[].class);
        }
    }

    @Override
    public void putEvents(Map<String, byte[]> bodies) {
        if (fallback == null) {
            events.putAll(bodies);
        }
    }

    @Override
    public Map<String, byte[]> events(Set<String> keys) {
        return fallback == null ? events.getAll(keys) : Map.of();
    }

    @Override
    public void putSessions(Map<String, byte[]> records) {
        if (fallback == null) {
            sessions.putAll(records);
        }
    }

    @Override
    public Optional<byte[]> session(String sessionId) {
        return fallback == null ? Optional.ofNullable(sessions.get(sessionId)) : Optional.empty();
    }

    @Override
    public void removeSession(String sessionId) {
        if (fallback == null) {
            sessions.remove(sessionId);
        }
    }
}
