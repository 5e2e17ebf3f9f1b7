package dev.parley.presence.control;

import dev.parley.identity.control.IdentityStore;
import dev.parley.identity.control.UserView;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionCache;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.permission.control.ServerFacts;
import dev.parley.permission.control.ServerFacts.ChannelFact;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.LiveConnections;
import dev.parley.platform.control.LiveHub;
import dev.parley.platform.control.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is online. A user's live connections anywhere in the cluster are counted in the data grid
 * ({@link PresenceStates}); the first makes them what they chose ({@code online} unless they chose
 * otherwise), the last closing makes them {@code offline} and records {@code users.last_seen}.
 * Every change others can see is published as {@value #PRESENCE_USER}, once per server the user
 * is a member of, to that server's members (an ephemeral event); changes of one server within
 * {@code parley.presence.batch-millis} go out together, as one {@value #PRESENCE_USERS} when there
 * are several. Invisible users look offline to
 * everyone but themselves. A closed connection counts for {@code parley.presence.offline-grace-millis}
 * more (default 3 s): a page that reloads, or moves to another channel, opens its next connection
 * before that, so nobody flickers offline and back for everyone else.
 */
@ApplicationScoped
public class PresenceService {

    private static final Logger LOG = Logger.getLogger(PresenceService.class.getName());

    public static final String PRESENCE_USER = "presence:user";
    /** Several users' presence changes in one scope within one window, in one event. */
    public static final String PRESENCE_USERS = "presence:users";

    @Inject
    dev.parley.platform.control.LiveScopes scopes;

    @Inject
    PresenceGrid grid;

    @Inject
    PresenceStore store;

    @Inject
    IdentityStore users;

    @Inject
    PermissionPolicy policy;

    @Inject
    PermissionCache permissions;

    @Inject
    LiveHub hub;

    @Inject
    jakarta.enterprise.event.Event<WentOffline> wentOffline;

    @Inject
    Clock clock;

    /**
     * Threads for the later work (an offline after its grace, a window's announcement): a plain
     * scheduler over the container's thread factory, not the managed scheduled executor, which runs
     * each task in the context of the request that scheduled it and at its end closes the
     * non-transactional entity managers registered there, under that request's feet.
     */
    @Resource
    ManagedThreadFactory threads;

    private ScheduledThreadPoolExecutor later;

    @Inject
    @ConfigProperty(name = "parley.presence.offline-grace-millis", defaultValue = "3000")
    long offlineGraceMillis;

    /**
     * How long a scope's presence changes wait to be announced together (0: each at once). A burst of
     * N members coming online then costs about N frames per window to the scope's N members instead
     * of N × N (measured: 5,000 members reconnecting kept a core busy for over a minute).
     */
    @Inject
    @ConfigProperty(name = "parley.presence.batch-millis", defaultValue = "250")
    long batchMillis;

    private PresenceStates states;

    private final PresenceBatches batches = new PresenceBatches();

    /** The {@code data} of {@code presence:user}, as in the seed. */
    public record PresenceUserData(UUID userId, String status) {
    }

    /** The {@code data} of {@code presence:users}: each user's latest status, in the order they changed. */
    public record PresenceUsersData(List<PresenceUserData> users) {
    }

    @PostConstruct
    void start() {
        later = new ScheduledThreadPoolExecutor(1, threads != null ? threads : Executors.defaultThreadFactory());
        later.setRemoveOnCancelPolicy(true);
        states = new PresenceStates(grid);
    }

    /** A transport's report: one of the user's connections on this instance opened or closed. */
    void onConnection(@Observes LiveConnections.Changed change) {
        UUID user = change.userId();
        if (change.opened()) {
            apply(user, PresenceState::opened, false, null);
            return;
        }
        Instant closedAt = clock.now();
        if (offlineGraceMillis <= 0) {
            apply(user, PresenceState::closed, false, closedAt);
        } else {
            later.schedule(logged(() -> apply(user, PresenceState::closed, false, closedAt)), offlineGraceMillis,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Sets the status the user chose ({@code presence:update}); kept for their next connections too. */
    public PresenceView choose(UUID userId, String status) {
        PresenceStatus chosen = PresenceStatus.chosen(status);
        store.choose(userId, chosen);
        PresenceStates.Change change = apply(userId, s -> s.choose(chosen), true, null);
        return new PresenceView(userId, change.after().own().wire(), lastSeen(userId));
    }

    /** The user's page saw no input for a while ({@code away}), or input again: a chosen online shows as idle meanwhile. */
    public void away(UUID userId, boolean away) {
        apply(userId, s -> s.away(away), true, null);
    }

    /** The user's presence, for someone who shares a server with them (or themselves); otherwise not found. */
    public PresenceView presence(UUID caller, UUID userId) {
        if (!caller.equals(userId) && !store.shareAServer(caller, userId)) {
            throw new NotFoundException("No such user.");
        }
        Instant lastSeen = store.lastSeen(userId).orElseThrow(() -> new NotFoundException("No such user.")).orElse(null);
        PresenceState state = states.get(userId, chosenOf(userId));
        return new PresenceView(userId, (caller.equals(userId) ? state.own() : state.visible()).wire(), lastSeen);
    }

    /**
     * The members who may see the channel, with their presence as others see it: online ones
     * first, then by name. Three reads (members, their names, their states in one grid call) and
     * the cached permission facts.
     */
    public List<MemberPresence> channelMembers(UUID viewer, UUID channelId) {
        ChannelFact channel = policy.requireInChannel(viewer, channelId, Permission.VIEW_CHANNEL);
        ServerFacts facts = permissions.server(channel.serverId()).orElseThrow(() -> new NotFoundException("No such channel."));
        Instant now = clock.now();
        List<UUID> members = new ArrayList<>();
        for (UUID m : store.membersOf(channel.serverId())) {
            if (Permission.VIEW_CHANNEL.in(facts.channelPermissions(m, channelId, now))) {
                members.add(m);
            }
        }
        Map<UUID, UserView> views = users.views(members);
        Map<UUID, PresenceState> online = states.online(members);
        List<MemberPresence> list = new ArrayList<>();
        for (UUID m : members) {
            UserView view = views.get(m);
            if (view != null) {
                PresenceState state = online.get(m);
                String status = state != null ? state.visible().wire()
                        : m.equals(viewer) ? viewersOwn(viewer) : PresenceStatus.OFFLINE.wire();
                list.add(new MemberPresence(view, status));
            }
        }
        list.sort(Comparator.comparing((MemberPresence p) -> !p.online())
                .thenComparing(p -> p.name().toLowerCase(Locale.ROOT)).thenComparing(p -> p.user().username()));
        return list;
    }

    /**
     * The viewer whose page is being rendered is there, though its live connection opens only once the
     * page has loaded (and others hear of it a moment later): they see themselves as they chose to be.
     */
    private String viewersOwn(UUID viewer) {
        PresenceStatus chosen = chosenOf(viewer).get();
        return (chosen == PresenceStatus.INVISIBLE ? PresenceStatus.OFFLINE : chosen).wire();
    }

    /**
     * The presence, as others see it, of those of {@code users} who share a direct conversation with
     * the caller (the rest are left out): one read of the caller's conversations, the cached
     * participants, one grid call. For the home view's list of conversations.
     */
    public Map<UUID, String> ofConversationPartners(UUID caller, java.util.Collection<UUID> users) {
        java.util.Set<UUID> partners = new java.util.HashSet<>();
        for (UUID scope : scopes.with(caller, java.util.Set.of())) {
            permissions.server(scope).filter(f -> f.isMember(caller))
                    .ifPresent(f -> users.stream().filter(f::isMember).forEach(partners::add));
        }
        partners.remove(caller);
        Map<UUID, PresenceState> online = states.online(partners);
        Map<UUID, String> statuses = new java.util.HashMap<>();
        for (UUID p : partners) {
            PresenceState state = online.get(p);
            statuses.put(p, state == null ? PresenceStatus.OFFLINE.wire() : state.visible().wire());
        }
        return statuses;
    }

    /** @param closedAt when the connection closed, for a close: {@code last_seen} if it was the last */
    private PresenceStates.Change apply(UUID userId, UnaryOperator<PresenceState> change, boolean onlyIfOnline,
            Instant closedAt) {
        PresenceStates.Change done = states.update(userId, change, chosenOf(userId), onlyIfOnline);
        PresenceState after = done.after();
        if (done.before().connections() > 0 && after.connections() == 0) {
            store.record(userId, PresenceStatus.OFFLINE, closedAt != null ? closedAt : clock.now());
            if (wentOffline != null) {
                wentOffline.fire(new WentOffline(userId));
            }
        } else if (done.ownChanged()) {
            store.record(userId, after.own(), null);
        }
        if (done.visibleChanged()) {
            publish(userId, after.visible());
        }
        return done;
    }

    /**
     * Announced to the members of each server and direct conversation the user is in: after
     * {@code batchMillis}, together with the scope's other changes of that window.
     */
    private void publish(UUID userId, PresenceStatus visible) {
        for (UUID scope : scopes.with(userId, new java.util.HashSet<>(store.serversOf(userId)))) {
            if (batchMillis <= 0) {
                hub.publishEphemeral(PRESENCE_USER, scope, null, new PresenceUserData(userId, visible.wire()));
            } else if (batches.add(scope, userId, visible.wire())) {
                later.schedule(logged(() -> announce(scope)), batchMillis, TimeUnit.MILLISECONDS);
            }
        }
    }

    @PreDestroy
    void stop() {
        later.shutdownNow();
    }

    /** A scheduled task's failure is logged (the scheduler would keep it in a future nobody reads). */
    private static Runnable logged(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a presence task failed", e);
            }
        };
    }

    /** One change as {@code presence:user}, as the seed has it; several as one {@code presence:users}. */
    private void announce(UUID scope) {
        Map<UUID, String> changes = batches.take(scope);
        if (changes.size() == 1) {
            Map.Entry<UUID, String> only = changes.entrySet().iterator().next();
            hub.publishEphemeral(PRESENCE_USER, scope, null, new PresenceUserData(only.getKey(), only.getValue()));
        } else if (!changes.isEmpty()) {
            List<PresenceUserData> users = new ArrayList<>(changes.size());
            changes.forEach((user, status) -> users.add(new PresenceUserData(user, status)));
            hub.publishEphemeral(PRESENCE_USERS, scope, null, new PresenceUsersData(users));
        }
    }

    private Supplier<PresenceStatus> chosenOf(UUID userId) {
        return () -> store.chosen(userId).orElse(PresenceStatus.ONLINE);
    }

    private Instant lastSeen(UUID userId) {
        return store.lastSeen(userId).flatMap(o -> o).orElse(null);
    }
}
