package dev.parley.platform.boundary;

import dev.parley.channel.control.ChannelService;
import dev.parley.channel.control.ChannelView;
import dev.parley.channel.control.ThreadService;
import dev.parley.channel.control.ThreadView;
import dev.parley.dm.control.DmService;
import dev.parley.dm.control.DmView;
import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.ServerView;
import dev.parley.identity.boundary.SignedInUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Where one is on the chat page, {@code /?server=…&channel=…}: the server and channel named in
 * the URL, or the first ones one may see; or the home view of one's direct conversations,
 * {@code /?home=1}, showing one of them with {@code /?dm=…} (its channel is then the channel on
 * screen, so the messages and the composer work as in a server). The page's region beans (server list, channel list,
 * messages, composer, dialogs) share it. The place lives in the URL, so a reload or a shared link
 * shows the same one; this bean only remembers it for the page's ajax requests.
 */
@Named("place")
@ViewScoped
public class PlaceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The chat page's texts (i18n/chat*.properties). */
    public static final String CHAT = "i18n.chat";

    @Inject
    GuildService guilds;

    @Inject
    ChannelService channelService;

    @Inject
    DmService dmService;

    @Inject
    ThreadService threadService;

    @Inject
    SignedInUser me;

    private String server;
    private String channel;
    private String home;
    private String dm;

    // loaded from the services; not kept when a session is passivated (then loaded again)
    private transient List<ServerView> servers;
    private transient ServerView currentServer;
    private transient List<ChannelView> channels;
    private transient List<ThreadView> threads;
    private transient ChannelView currentChannel;
    private transient List<DmView> conversations;
    private transient DmView currentDm;

    /** The view action of a full page load. */
    public void load() {
        servers = guilds.mine(me.id());
        if (isHome()) {
            loadHome();
            return;
        }
        Optional<UUID> wanted = uuid(server);
        currentServer = wanted.flatMap(id -> servers.stream().filter(s -> s.id().equals(id)).findFirst())
                .orElse(servers.isEmpty() ? null : servers.get(0));
        if (wanted.isPresent() && (currentServer == null || !currentServer.id().equals(wanted.get()))) {
            PageMessages.show(UiTexts.text(CHAT, "place.noServer"));
        }
        channels = currentServer == null ? List.of() : channelService.list(me.id(), currentServer.id());
        threads = currentServer == null ? List.of() : threadService.inServer(me.id(), currentServer.id());
        Optional<UUID> wantedChannel = uuid(channel);
        currentChannel = wantedChannel.flatMap(id -> channels.stream().filter(c -> c.id().equals(id) && isText(c)).findFirst())
                .or(() -> wantedChannel.flatMap(id -> threads.stream().filter(t -> t.id().equals(id)).findFirst())
                        .map(PlaceBacking::threadChannel))
                .orElse(channels.stream().filter(PlaceBacking::isText).findFirst().orElse(null));
        if (wantedChannel.isPresent() && currentServer != null && currentServer.id().equals(wanted.orElse(null))
                && (currentChannel == null || !currentChannel.id().equals(wantedChannel.get()))) {
            PageMessages.show(UiTexts.text(CHAT, "place.noChannel"));
        }
        server = currentServer == null ? null : currentServer.id().toString();
        channel = currentChannel == null ? null : currentChannel.id().toString();
    }

    /**
     * Loads the place again after what one may see changed (a role, an overwrite, a channel, one's
     * membership), for the page to re-render its lists; tells the page, as callback parameters,
     * whether the server ({@code serverGone}) or the channel ({@code channelGone}) on screen is no
     * longer there for the reader, and where to go instead ({@code next}).
     */
    public void refresh() {
        String wasServer = server;
        String wasChannel = channel;
        load();
        boolean serverGone = wasServer != null && (currentServer == null || !currentServer.id().toString().equals(wasServer));
        boolean channelGone = !serverGone && wasChannel != null
                && (currentChannel == null || !currentChannel.id().toString().equals(wasChannel));
        var callback = org.primefaces.PrimeFaces.current().ajax();
        callback.addCallbackParam("serverGone", serverGone);
        callback.addCallbackParam("channelGone", channelGone);
        if (serverGone || channelGone) {
            // what the plain URL opens now: the first server, or that server's first channel
            callback.addCallbackParam("next", serverGone || currentServer == null ? "" : "?server=" + currentServer.id());
        }
    }

    /** A thread as the channel on screen: a channel of type thread under its parent. */
    private static ChannelView threadChannel(ThreadView t) {
        return new ChannelView(t.id(), t.serverId(), t.name(), "thread", 0, null, t.parentId(), t.createdAt());
    }

    /** The threads of the server on screen that one may see, newest first. */
    public List<ThreadView> getThreads() {
        reloadIfPassivated();
        return threads == null ? List.of() : threads;
    }

    /** The text channel a thread on screen is under, or null when no thread is on screen. */
    public ChannelView getParentChannel() {
        reloadIfPassivated();
        if (currentChannel == null || !"thread".equals(currentChannel.type())) {
            return null;
        }
        return channels.stream().filter(c -> c.id().equals(currentChannel.parentId())).findFirst().orElse(null);
    }

    /** The home view: one's conversations, and the one named in the URL (if one is). */
    private void loadHome() {
        home = "1";
        currentServer = null;
        channels = List.of();
        threads = List.of();
        conversations = dmService.mine(me.id());
        Optional<UUID> wanted = uuid(dm);
        currentDm = wanted.flatMap(id -> conversations.stream().filter(d -> d.id().equals(id)).findFirst()).orElse(null);
        if (wanted.isPresent() && currentDm == null) {
            PageMessages.show(UiTexts.text(CHAT, "place.noDm"));
        }
        currentChannel = currentDm == null ? null : new ChannelView(currentDm.channelId(), null,
                conversationName(currentDm, me.id(), UiTexts.locale()), "dm", 0, null, null, currentDm.createdAt());
        dm = currentDm == null ? null : currentDm.id().toString();
    }

    /** What a conversation is called for one of its participants, in their page's language: the others' names. */
    public static String conversationName(DmView conversation, UUID viewer, Locale language) {
        String names = conversation.participants().stream().filter(p -> !p.id().equals(viewer))
                .map(p -> p.displayName() == null || p.displayName().isBlank() ? p.username() : p.displayName())
                .collect(java.util.stream.Collectors.joining(", "));
        return names.isEmpty() ? UiTexts.bundle(CHAT, language).getString("dm.justYou") : names;
    }

    /** True on the home view (direct conversations) rather than a server. */
    public boolean isHome() {
        return (home != null && !home.isBlank()) || (dm != null && !dm.isBlank());
    }

    /** One's direct conversations, newest message first; loaded with the home view only. */
    public List<DmView> getConversations() {
        reloadIfPassivated();
        return conversations == null ? List.of() : conversations;
    }

    /** The conversation on screen, or null. */
    public DmView getCurrentDm() {
        reloadIfPassivated();
        return currentDm;
    }

    /** Where to go to see a conversation. */
    public static String conversationOutcome(UUID dmId) {
        return "/index.xhtml?faces-redirect=true&dm=" + dmId;
    }

    /** After a session was serialized (passivation, replication) the transient fields are gone: load again. */
    private void reloadIfPassivated() {
        if (servers == null) {
            load();
        }
    }

    /** Where to go to see a server (its first text channel). */
    public static String serverOutcome(UUID serverId) {
        return "/index.xhtml?faces-redirect=true&server=" + serverId;
    }

    /** Where to go to see a channel of a server. */
    public static String channelOutcome(UUID serverId, UUID channelId) {
        return serverOutcome(serverId) + "&channel=" + channelId;
    }

    /** The browser tab's title: where one is. */
    public String getTitle() {
        reloadIfPassivated();
        StringBuilder title = new StringBuilder();
        if (currentChannel != null) {
            title.append(currentDm != null ? '@' : '#').append(currentChannel.name()).append(" · ");
        }
        if (currentServer != null) {
            title.append(currentServer.name()).append(" · ");
        }
        return title.append("Parley").toString();
    }

    /** The servers one is in, as loaded with the place. */
    public List<ServerView> getServers() {
        reloadIfPassivated();
        return servers;
    }

    /** The server on screen, or null when one is in none. */
    public ServerView getCurrentServer() {
        reloadIfPassivated();
        return currentServer;
    }

    /** The channels of the server on screen that one may see. */
    public List<ChannelView> getChannels() {
        reloadIfPassivated();
        return channels;
    }

    /** The text channel on screen, or null when the server has none. */
    public ChannelView getCurrentChannel() {
        reloadIfPassivated();
        return currentChannel;
    }

    private static boolean isText(ChannelView c) {
        return "text".equals(c.type());
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String getServer() {
        return server;
    }

    public void setServer(String server) {
        this.server = server;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getHomeParam() {
        return home;
    }

    public void setHomeParam(String home) {
        this.home = home;
    }

    public String getDm() {
        return dm;
    }

    public void setDm(String dm) {
        this.dm = dm;
    }
}
