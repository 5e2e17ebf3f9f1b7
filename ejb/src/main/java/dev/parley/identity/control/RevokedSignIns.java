package dev.parley.identity.control;

import dev.parley.platform.control.Clock;
import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The revocation set: sign-ins that ended and accounts that were disabled within the last access-token
 * lifetime, in memory on every instance, so that an access token of an ended sign-in is refused at once
 * (checked beside the signature, also for tokens {@link TokenService} verified before) rather than
 * living on until it expires.
 * <p>
 * Kept alike on every instance through the data grid: a change is applied here after its commit and
 * sent to the other instances as an event; an instance that starts reads the revocations of the last
 * token lifetime from the database. An entry is forgotten one token lifetime after it was made: by
 * then every token it refuses has expired anyway (no token of an ended sign-in can be issued afresh).
 * After applying a change, fires {@link Applied} locally so that connections of those sign-ins end.
 */
@ApplicationScoped
public class RevokedSignIns {

    private static final Logger LOG = Logger.getLogger(RevokedSignIns.class.getName());
    static final String ENDED = "parley.identity.sign-ins-ended";

    /** Sign-ins that ended, told to whatever holds their connections (the gateway, browser sessions). */
    public record Applied(SignInsEnded ended) {
    }

    /** What travels through the grid. */
    public record Relay(SignInsEnded ended) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** sign-in → when the entry may be forgotten (epoch ms) */
    private final Map<UUID, Long> signIns = new ConcurrentHashMap<>();
    /** user → tokens issued at or before this instant are refused */
    private final Map<UUID, Instant> usersBefore = new ConcurrentHashMap<>();

    @Inject
    IdentityStore store;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "parley.jwt.access-ttl-seconds")
    long accessTtlSeconds;

    @Inject
    @Outbound(eventName = ENDED, loopBack = false)
    Event<Relay> outbound;

    @Inject
    Event<Applied> applied;

    public RevokedSignIns() {
    }

    /** For unit tests: an empty set with this token lifetime, without a database or a grid. */
    RevokedSignIns(Clock clock, long accessTtlSeconds) {
        this.clock = clock;
        this.accessTtlSeconds = accessTtlSeconds;
    }

    @PostConstruct
    void load() {
        Instant since = clock.now().minusSeconds(accessTtlSeconds);
        try {
            store.endedSince(since).forEach(this::remember);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not read the recent revocations; only new ones are refused", e);
        }
    }

    /** Whether this bearer's sign-in ended (or its account was disabled after the token was issued). */
    public boolean refuses(TokenService.Bearer bearer) {
        return refuses(bearer.userId(), bearer.signIn(), bearer.issuedAt());
    }

    public boolean refuses(UUID userId, UUID signIn, Instant issuedAt) {
        if (signIn != null && signIns.containsKey(signIn)) {
            return true;
        }
        Instant before = usersBefore.get(userId);
        return before != null && (issuedAt == null || !issuedAt.isAfter(before));
    }

    void onEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(100) SignInsEnded ended) {
        apply(ended);
        try {
            outbound.fire(new Relay(ended));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "cluster relay unavailable", e);
        }
    }

    void onRemote(@Observes @Inbound(eventName = ENDED) Relay relay) {
        apply(relay.ended());
    }

    void apply(SignInsEnded ended) {
        remember(ended);
        if (applied != null) {
            applied.fire(new Applied(ended));
        }
    }

    private void remember(SignInsEnded ended) {
        long now = clock.millis();
        long forgetAt = now + accessTtlSeconds * 1000 + 60_000;
        signIns.values().removeIf(at -> at < now);
        usersBefore.values().removeIf(before -> before.toEpochMilli() + accessTtlSeconds * 1000 + 60_000 < now);
        for (UUID s : ended.signIns()) {
            signIns.put(s, forgetAt);
        }
        if (ended.issuedBefore() != null) {
            usersBefore.merge(ended.userId(), ended.issuedBefore(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    int size() {
        return signIns.size() + usersBefore.size();
    }
}
