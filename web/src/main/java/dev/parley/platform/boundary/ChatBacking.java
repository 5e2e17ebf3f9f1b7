package dev.parley.platform.boundary;

import dev.parley.guild.boundary.InviteCodes;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.channel.control.ChannelService;
import dev.parley.channel.control.ChannelView;
import dev.parley.channel.control.NewChannel;
import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.NewInvite;
import dev.parley.guild.control.NewServer;
import dev.parley.guild.control.ServerView;
import dev.parley.message.control.Draft;
import dev.parley.message.control.History;
import dev.parley.message.control.MessageService;
import dev.parley.message.control.MessageView;
import dev.parley.platform.control.ParleyException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.primefaces.PrimeFaces;

/**
 * The chat page, {@code /?server=…&channel=…}: the servers one is in, the channels of the chosen
 * one, the messages of the chosen channel, and the composer. The choice lives in the URL, so a
 * reload or a shared link shows the same place.
 */
@Named("chat")
@ViewScoped
public class ChatBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Inject
    GuildService guilds;

    @Inject
    ChannelService channelService;

    @Inject
    MessageService messageService;

    @Inject
    SignedInUser me;

    private String server;
    private String channel;

    // what the page shows, loaded from the services; not kept when a session is passivated
    private transient List<ServerView> servers;
    private transient ServerView currentServer;
    private transient List<ChannelView> channels;
    private transient ChannelView currentChannel;
    private transient List<MessageView> messages;

    private String newServerName;
    private String inviteText;
    private String newChannelName;
    private String inviteCode;

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
                .orElse(channels.stream().filter(ChatBacking::isText).findFirst().orElse(null));
        server = currentServer == null ? null : currentServer.id().toString();
        channel = currentChannel == null ? null : currentChannel.id().toString();
        loadMessages();
    }

    /** After a session was serialized (passivation, replication) the transient lists are gone: load again. */
    private void reloadIfPassivated() {
        if (servers == null) {
            load();
        }
    }

    private void loadMessages() {
        if (currentChannel == null) {
            messages = List.of();
            return;
        }
        List<MessageView> newestFirst = new ArrayList<>(messageService.history(me.id(), currentChannel.id(), History.latest()));
        Collections.reverse(newestFirst);
        messages = newestFirst;
    }

    /** Called by the page when the push channel says the channel on screen has news. */
    public void refresh() {
        reloadIfPassivated();
        loadMessages();
    }

    /** Posts the composer's text, given as request parameters {@code content} and {@code nonce}. */
    public void send() {
        reloadIfPassivated();
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        boolean sent = false;
        if (currentChannel == null) {
            PageMessages.show("Choose a channel first.");
        } else {
            try {
                messageService.post(me.id(), currentChannel.id(), new Draft(params.get("content"), params.get("nonce")));
                sent = true;
            } catch (ParleyException e) {
                PageMessages.show(e, "composer-form", Set.of());
            }
            loadMessages();
        }
        PrimeFaces.current().ajax().addCallbackParam("sent", sent);
    }

    public String createServer() {
        try {
            ServerView created = guilds.create(me.id(), new NewServer(newServerName));
            return serverOutcome(created.id());
        } catch (ParleyException e) {
            PageMessages.show(e, "create-server-form", Set.of("name"));
            return null;
        }
    }

    public String join() {
        try {
            ServerView joined = guilds.join(me.id(), InviteCodes.codeIn(inviteText).orElse(""));
            return serverOutcome(joined.id());
        } catch (ParleyException e) {
            PageMessages.show(e, "join-form", Set.of());
            return null;
        }
    }

    public String createChannel() {
        reloadIfPassivated();
        try {
            ChannelView created = channelService.create(me.id(), currentServer.id(),
                    new NewChannel(newChannelName, "text", null, null));
            return serverOutcome(currentServer.id()) + "&channel=" + created.id();
        } catch (ParleyException e) {
            PageMessages.show(e, "create-channel-form", Set.of("name"));
            return null;
        }
    }

    public void createInvite() {
        reloadIfPassivated();
        try {
            inviteCode = guilds.invite(me.id(), currentServer.id(), NewInvite.UNLIMITED).code();
        } catch (ParleyException e) {
            inviteCode = null;
            PageMessages.show(e.getMessage());
        }
    }

    /** The link to hand out for the last invite made here. */
    public String getInviteLink() {
        if (inviteCode == null) {
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String url = request.getRequestURL().toString();
        String origin = url.substring(0, url.length() - request.getRequestURI().length());
        return origin + external.getRequestContextPath() + "/join.xhtml?code=" + inviteCode;
    }

    public static String serverOutcome(UUID serverId) {
        return "/index.xhtml?faces-redirect=true&server=" + serverId;
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

    /** One or two letters standing for a server in the server list. */
    public String initials(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        StringBuilder letters = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (letters.codePointCount(0, letters.length()) < 2 && !word.isEmpty()) {
                letters.appendCodePoint(word.codePointAt(0));
            }
        }
        return letters.toString().toUpperCase(Locale.ROOT);
    }

    /** A message's time in UTC; the page shows it in the reader's time zone when scripts run. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
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

    public List<ServerView> getServers() {
        reloadIfPassivated();
        return servers;
    }

    public ServerView getCurrentServer() {
        reloadIfPassivated();
        return currentServer;
    }

    public List<ChannelView> getChannels() {
        reloadIfPassivated();
        return channels;
    }

    public ChannelView getCurrentChannel() {
        reloadIfPassivated();
        return currentChannel;
    }

    public List<MessageView> getMessages() {
        reloadIfPassivated();
        return messages;
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

    public String getNewServerName() {
        return newServerName;
    }

    public void setNewServerName(String newServerName) {
        this.newServerName = newServerName;
    }

    public String getInviteText() {
        return inviteText;
    }

    public void setInviteText(String inviteText) {
        this.inviteText = inviteText;
    }

    public String getNewChannelName() {
        return newChannelName;
    }

    public void setNewChannelName(String newChannelName) {
        this.newChannelName = newChannelName;
    }

    public String getInviteCode() {
        return inviteCode;
    }
}
