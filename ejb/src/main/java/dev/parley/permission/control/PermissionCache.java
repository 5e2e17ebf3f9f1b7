package dev.parley.permission.control;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Each server's {@link ServerFacts}, loaded on first use and dropped when they change (after the
 * commit of a {@link PermissionsChanged}, here and, through the data grid, on the other
 * instances). A load that raced with a change is not kept: every server has a generation that a
 * change bumps, and a snapshot is stored only if the generation it was loaded under is still
 * current. Missing servers and channels are not cached.
 */
@ApplicationScoped
public class PermissionCache {

    private static final Logger LOG = Logger.getLogger(PermissionCache.class.getName());
    static final String INVALIDATED = "parley.permissions.invalidated";

    /** What travels through the grid when a server's facts changed. */
    public record Invalidated(UUID serverId) implements Serializable {
    }

    private final Map<UUID, ServerFacts> facts = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<UUID, UUID> serverOfChannel = new ConcurrentHashMap<>();

    private Function<UUID, Optional<ServerFacts>> loader;
    private Function<UUID, Optional<UUID>> channelLoader;

    @Inject
    PermissionStore store;

    @Inject
    @Outbound(eventName = INVALIDATED, loopBack = false)
    Event<Invalidated> outbound;

    public PermissionCache() {
    }

    /** For unit tests: a cache over given loaders instead of the database. */
    PermissionCache(Function<UUID, Optional<ServerFacts>> loader, Function<UUID, Optional<UUID>> channelLoader) {
        this.loader = loader;
        this.channelLoader = channelLoader;
    }

    /** The server's facts, from memory when they are there. */
    public Optional<ServerFacts> server(UUID serverId) {
        if (serverId == null) {
            return Optional.empty();
        }
        ServerFacts cached = facts.get(serverId);
        if (cached != null) {
            return Optional.of(cached);
        }
        long generation = generation(serverId).get();
        Optional<ServerFacts> loaded = load(serverId);
        loaded.ifPresent(fresh -> facts.compute(serverId,
                (id, old) -> generation(id).get() == generation ? fresh : old));
        return loaded;
    }

    /** The facts of the server the channel belongs to. */
    public Optional<ServerFacts> serverOf(UUID channelId) {
        if (channelId == null) {
            return Optional.empty();
        }
        UUID serverId = serverOfChannel.get(channelId);
        if (serverId == null) {
            Optional<UUID> found = channelLoader != null ? channelLoader.apply(channelId) : store.serverOfChannel(channelId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            serverId = found.get();
            serverOfChannel.put(channelId, serverId);
        }
        return server(serverId);
    }

    /** Drops the server's facts here; the next question loads them again. */
    public void invalidateLocally(UUID serverId) {
        generation(serverId).incrementAndGet();
        facts.remove(serverId);
    }

    // before the default priority, so that live events of the same commit see the new facts
    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(100) PermissionsChanged change) {
        invalidateLocally(change.serverId());
        try {
            outbound.fire(new Invalidated(change.serverId()));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "cluster relay unavailable", e);
        }
    }

    void onRemoteChange(@Observes @Inbound(eventName = INVALIDATED) Invalidated change) {
        invalidateLocally(change.serverId());
    }

    private Optional<ServerFacts> load(UUID serverId) {
        return loader != null ? loader.apply(serverId) : store.load(serverId);
    }

    private AtomicLong generation(UUID serverId) {
        return generations.computeIfAbsent(serverId, id -> new AtomicLong());
    }
}
