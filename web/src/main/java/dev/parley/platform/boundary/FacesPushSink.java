package dev.parley.platform.boundary;

import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.ServerView;
import dev.parley.platform.control.JsonMapping;
import dev.parley.platform.control.LiveAudience;
import dev.parley.platform.control.LiveConnections;
import dev.parley.platform.control.LiveEvent;
import dev.parley.platform.control.LiveHub;
import dev.parley.platform.control.LiveSink;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Pushes live events to the chat pages open on this instance, over the {@code live} push channel.
 * A notice says what happened and where ({@code event}, {@code serverId}, {@code channelId}); for
 * events a {@link PushNoticeRenderer} knows (a new message) it also carries what the page shows,
 * rendered and escaped once per event from the object the event was published with, so a page
 * appends it without asking the server.
 * <p>
 * Only users with a push connection open here are sent to: the connections are counted from
 * Faces' own open and close events, and the users are indexed by the servers they are members of
 * (read when a connection of theirs opens here, joined servers added by {@code member:join}),
 * so an event costs work for the pages of its server only; {@link LiveAudience} then decides who
 * of those may see it. A server left stays in a user's index until their connections close (the
 * audience refuses them meanwhile); one created, which announces no event, is indexed with the
 * next page that opens. A page whose connection dropped is told when it is back
 * ({@code push:open}) and loads its messages once, since it may have missed some. Every open and
 * close is also reported to {@link LiveConnections} (presence counts a chat page as a connection).
 * When an HTTP session ends (sign-out, expiry), Faces closes its push connections without a close
 * event; so the HTTP sessions whose pages opened a push connection here are remembered per user
 * ({@link PushHandshakeFilter} says which), and when a user's last one ends their remaining
 * connections here are counted out. (A user signed in twice here who signs out of one keeps the
 * other's count until that one ends too: a bounded error, never a leak past their last session.)
 */
@ApplicationScoped
public class FacesPushSink implements LiveSink {

    /** The {@code f:websocket} channel of the chat page. */
    public static final String CHANNEL = "live";
    /** Sent to a user's pages when one of their push connections opened. */
    static final String OPENED = "push:open";

    private static final Logger LOG = Logger.getLogger(FacesPushSink.class.getName());

    @Inject
    LiveHub hub;

    @Inject
    LiveAudience liveAudience;

    @Inject
    GuildService guilds;

    @Inject
    dev.parley.platform.control.LiveScopes scopes;

    @Inject
    JsonMapping json;

    @Inject
    LiveConnections liveConnections;

    @Inject
    @Push(channel = CHANNEL)
    PushContext live;

    @Inject
    @Any
    Instance<PushNoticeRenderer<?>> rendererBeans;

    Map<String, PushNoticeRenderer<?>> renderers = Map.of();

    /** Users with a push connection open on this instance, and how many. */
    private final Map<UUID, Integer> connected = new ConcurrentHashMap<>();
    /** Server to the connected users who are members of it (or were, when they connected). */
    private final Map<UUID, Set<UUID>> byServer = new ConcurrentHashMap<>();
    /** Connected user to the servers they are indexed under, to unindex them when they leave. */
    private final Map<UUID, Set<UUID>> serversOf = new ConcurrentHashMap<>();
    /**
     * Users whose servers are being read: they get every event their audience allows meanwhile,
     * so none committed while the servers were read is missed.
     */
    private final Map<UUID, Integer> reading = new ConcurrentHashMap<>();
    /** The HTTP sessions (by id) whose pages opened a push connection here, and whose they are. */
    private final Map<String, UUID> pushSessions = new ConcurrentHashMap<>();
    /** Changes of the index; delivery reads it without the lock. */
    private final Object index = new Object();

    void init(@Observes @Initialized(ApplicationScoped.class) Object started) {
        renderers = rendererBeans.stream().collect(Collectors.toUnmodifiableMap(PushNoticeRenderer::event,
                Function.identity()));
        hub.register(this);
    }

    @PreDestroy
    void stop() {
        hub.unregister(this);
    }

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent event) {
        UUID user = userOf(event);
        if (user != null) {
            connect(user);
            live.send(Map.of("event", OPENED), user.toString());
            if (liveConnections != null) {
                liveConnections.opened(user);
            }
        }
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent event) {
        UUID user = userOf(event);
        if (user != null) {
            disconnect(user);
            if (liveConnections != null) {
                liveConnections.closed(user);
            }
        }
    }

    /** A push handshake of the user's page in that HTTP session passed: its connections end with the session. */
    void handshake(UUID user, String httpSessionId) {
        pushSessions.put(httpSessionId, user);
    }

    void sessionEnded(@Observes @Destroyed(SessionScoped.class) Object session) {
        if (session instanceof HttpSession http) {
            sessionEnded(http.getId());
        }
    }

    /** An HTTP session ended: with the user's last one here, whatever of theirs is still counted is closed. */
    void sessionEnded(String httpSessionId) {
        UUID user = pushSessions.remove(httpSessionId);
        if (user == null || pushSessions.containsValue(user)) {
            return;
        }
        int left;
        synchronized (index) {
            Integer count = connected.get(user);
            left = count == null ? 0 : count;
            for (int i = 0; i < left; i++) {
                disconnect(user);
            }
        }
        for (int i = 0; i < left && liveConnections != null; i++) {
            liveConnections.closed(user);
        }
    }

    /** How many push connections of the user are counted here. */
    int connections(UUID user) {
        return connected.getOrDefault(user, 0);
    }

    /**
     * A push connection of the user opened here: their servers are read and indexed (each time, since
     * a page opens a new connection after its user created or joined a server, often before the old
     * page's connection closed).
     */
    void connect(UUID user) {
        synchronized (index) {
            connected.merge(user, 1, Integer::sum);
            reading.merge(user, 1, Integer::sum);
        }
        Set<UUID> servers = Set.of();
        try {
            servers = scopes.with(user, guilds.mine(user).stream().map(ServerView::id).collect(Collectors.toSet()));
        } catch (RuntimeException e) {
            // the page still gets the events of servers it joins; it reloads them on its next connection
            LOG.log(Level.WARNING, "cannot read the servers of a push user", e);
        }
        synchronized (index) {
            if (connected.containsKey(user)) {
                for (UUID server : servers) {
                    indexUnder(user, server);
                }
            }
            reading.computeIfPresent(user, (id, count) -> count > 1 ? count - 1 : null);
        }
    }

    /** A push connection of the user closed here; with their last one they leave the index. */
    void disconnect(UUID user) {
        synchronized (index) {
            if (connected.computeIfPresent(user, (id, count) -> count > 1 ? count - 1 : null) != null) {
                return;
            }
            Set<UUID> servers = serversOf.remove(user);
            if (servers != null) {
                for (UUID server : servers) {
                    byServer.computeIfPresent(server, (id, users) -> {
                        users.remove(user);
                        return users.isEmpty() ? null : users;
                    });
                }
            }
        }
    }

    private void indexUnder(UUID user, UUID server) {
        byServer.computeIfAbsent(server, id -> ConcurrentHashMap.newKeySet()).add(user);
        serversOf.computeIfAbsent(user, id -> ConcurrentHashMap.newKeySet()).add(server);
    }

    private static UUID userOf(WebsocketEvent event) {
        Object user = event.getUser();
        if (!CHANNEL.equals(event.getChannel()) || user == null) {
            return null;
        }
        try {
            return UUID.fromString(user.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void deliver(LiveEvent event) {
        deliver(event, null);
    }

    @Override
    public void deliver(LiveEvent event, Object data) {
        Set<String> users = audience(event);
        if (users.isEmpty()) {
            return;
        }
        Map<String, String> notice = new LinkedHashMap<>();
        notice.put("event", event.name());
        notice.put("serverId", event.serverId() == null ? null : event.serverId().toString());
        notice.put("channelId", event.channelId() == null ? null : event.channelId().toString());
        PushNoticeRenderer<?> renderer = renderers.get(event.name());
        if (renderer != null) {
            try {
                notice.putAll(render(renderer, event, data));
            } catch (RuntimeException e) {
                // the bare notice still tells the page to load what it shows
                LOG.log(Level.WARNING, "cannot render " + event.name() + " for the push channel", e);
            }
        }
        // the notice is encoded to JSON once, then sent asynchronously per connection
        live.send(notice, users);
    }

    /** Renders from the published object; only an event relayed from another instance has just its JSON to read. */
    private <D> Map<String, String> render(PushNoticeRenderer<D> renderer, LiveEvent event, Object data) {
        Class<D> type = renderer.dataType();
        return renderer.render(type.isInstance(data) ? type.cast(data) : json.jsonb().fromJson(event.dataJson(), type));
    }

    /**
     * Who is to be pushed the event here: of the users with a push connection open on this
     * instance and indexed under the event's server (or still being indexed), those the event's
     * audience (the cached permission facts) allows.
     */
    Set<String> audience(LiveEvent event) {
        UUID server = event.serverId();
        if (server != null && !event.joiners().isEmpty()) {
            synchronized (index) {
                for (UUID joiner : event.joiners()) {
                    if (connected.containsKey(joiner)) {
                        indexUnder(joiner, server);
                    }
                }
            }
        }
        Predicate<UUID> allowed = liveAudience.of(event);
        Set<String> users = new HashSet<>();
        Set<UUID> candidates = server == null ? null : byServer.get(server);
        if (candidates != null) {
            for (UUID user : candidates) {
                if (allowed.test(user)) {
                    users.add(user.toString());
                }
            }
        }
        for (UUID user : reading.keySet()) {
            if (allowed.test(user)) {
                users.add(user.toString());
            }
        }
        return users;
    }
}
