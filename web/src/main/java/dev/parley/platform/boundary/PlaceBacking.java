package dev.parley.platform.boundary;

import dev.parley.channel.control.ChannelService;
import dev.parley.channel.control.ChannelView;
import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.ServerView;
import dev.parley.identity.boundary.SignedInUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where one is on the chat page, {@code /?server=…&channel=…}: the server and channel named in
 * the URL, or the first ones one may see. The page's region beans (server list, channel list,
 * messages, composer, dialogs) share it. The place lives in the URL, so a reload or a shared link
 * shows the same one; this bean only remembers it for the page's ajax requests.
 */
@Named("place")
@ViewScoped
public class PlaceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GuildService guilds;

    @Inject
    ChannelService channelService;

    @Inject
    SignedInUser me;

    private String server;
    private String channel;

    // loaded from the services; not kept when a session is passivated (then loaded again)
    private transient List<ServerView> servers;
    private transient ServerView currentServer;
    private transient List<ChannelView> channels;
    private transient ChannelView currentChannel;

    /** The view action of a full page load. */
    public void load() {
        servers = guilds.mine(me.id());
        Optional<UUID> wanted = uuid(server);
        currentServer = wanted.flatMap(id -> servers.stream().filter(s -> s.id().equals(id)).findFirst())
                .orElse(servers.isEmpty() ? null : servers.get(0));
        if (wanted.isPresent() && (currentServer == null || !currentServer.id().equals(wanted.get()))) {
            PageMessages.show("That server does not exist, or you are not a member of it.");
        }
        channels = currentServer == null ? List.of() : channelService.list(me.id(), currentServer.id());
        Optional<UUID> wantedChannel = uuid(channel);
        currentChannel = wantedChannel.flatMap(id -> channels.stream().filter(c -> c.id().equals(id) && isText(c)).findFirst())
                .orElse(channels.stream().filter(PlaceBacking::isText).findFirst().orElse(null));
        if (wantedChannel.isPresent() && currentServer != null && currentServer.id().equals(wanted.orElse(null))
                && (currentChannel == null || !currentChannel.id().equals(wantedChannel.get()))) {
            PageMessages.show("That channel does not exist, or you may not see it.");
        }
        server = currentServer == null ? null : currentServer.id().toString();
        channel = currentChannel == null ? null : currentChannel.id().toString();
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
            title.append('#').append(currentChannel.name()).append(" · ");
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
}
