package dev.parley.moderation.control;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Each server's enabled rules, compiled, in memory: loaded on the first message after a start or
 * a change (a server without rules is remembered as such, so the send path asks the database
 * nothing), dropped after the commit of an {@link AutomodRulesChanged}, here and, through the
 * data grid, on the other instances. As in the permission cache, a load that raced with a change
 * is not kept.
 */
@ApplicationScoped
public class AutomodRules {

    private static final Logger LOG = Logger.getLogger(AutomodRules.class.getName());
    static final String INVALIDATED = "parley.automod.invalidated";

    /** What travels through the grid when a server's rules changed. */
    public record Invalidated(UUID serverId) implements Serializable {
    }

    private final Map<UUID, List<AutomodRule>> rules = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicLong> generations = new ConcurrentHashMap<>();

    private Function<UUID, List<AutomodRule>> loader;

    @Inject
    AutomodStore store;

    @Inject
    @Outbound(eventName = INVALIDATED, loopBack = false)
    Event<Invalidated> outbound;

    public AutomodRules() {
    }

    /** For unit tests: rules from a given loader instead of the database. */
    AutomodRules(Function<UUID, List<AutomodRule>> loader) {
        this.loader = loader;
    }

    /** The server's enabled rules, blocking ones first. */
    public List<AutomodRule> of(UUID serverId) {
        List<AutomodRule> cached = rules.get(serverId);
        if (cached != null) {
            return cached;
        }
        long generation = generation(serverId).get();
        List<AutomodRule> loaded = load(serverId);
        rules.compute(serverId, (id, old) -> generation(id).get() == generation ? loaded : old);
        return loaded;
    }

    public void invalidateLocally(UUID serverId) {
        generation(serverId).incrementAndGet();
        rules.remove(serverId);
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AutomodRulesChanged change) {
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

    private List<AutomodRule> load(UUID serverId) {
        if (loader != null) {
            return List.copyOf(loader.apply(serverId));
        }
        return store.ofServer(serverId).stream().filter(AutomodRuleView::enabled)
                .sorted((a, b) -> Boolean.compare(b.blocks(), a.blocks()))
                .map(AutomodRules::compiled).filter(java.util.Objects::nonNull).toList();
    }

    /** The rule compiled; none (and a log line) if it no longer compiles, rather than failing every send. */
    private static AutomodRule compiled(AutomodRuleView view) {
        try {
            return AutomodRule.of(view);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "auto-moderation rule " + view.id() + " does not compile; it is skipped", e);
            return null;
        }
    }

    private AtomicLong generation(UUID serverId) {
        return generations.computeIfAbsent(serverId, id -> new AtomicLong());
    }
}
