package dev.parley.notify.control;

import dev.parley.guild.control.GuildStore;
import dev.parley.message.control.MessageService;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.permission.control.ServerFacts.ChannelFact;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Marking channels read, and counting what is unread. */
@Stateless
public class ReadStateService {

    @Inject
    Inputs inputs;

    @Inject
    PermissionPolicy policy;

    @Inject
    MessageService messages;

    @Inject
    GuildStore guilds;

    @Inject
    ReadStateStore store;

    @Inject
    jakarta.enterprise.event.Event<ReadStateChanged> changed;

    @Inject
    dev.parley.platform.control.LiveScopes scopes;

    /** Sets the last message the user has read in the channel; it must be a message of that channel. */
    public void markRead(UUID userId, UUID channelId, ReadMark mark) {
        inputs.check(mark);
        policy.requireInChannel(userId, channelId, Permission.VIEW_CHANNEL);
        MessageService.Seen seen;
        try {
            seen = messages.visible(userId, mark.messageId(), Permission.VIEW_CHANNEL);
        } catch (NotFoundException e) {
            throw notInChannel();
        }
        if (!seen.head().channelId().equals(channelId)) {
            throw notInChannel();
        }
        store.mark(userId, channelId, mark.messageId());
        changed.fire(new ReadStateChanged(userId, seen.channel().serverId(), channelId, mark.messageId()));
    }

    private static InvalidInputException notInChannel() {
        return new InvalidInputException("The message read must be one of this channel.",
                Map.of("messageId", "is not a message of this channel"));
    }

    /**
     * The user's unread and mention counts in every text channel they may read and every direct
     * conversation they are in (listed under {@code servers} by the conversation's id).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Unread unread(UUID userId) {
        List<UUID> channels = new ArrayList<>();
        List<UUID> servers = new ArrayList<>();
        java.util.Set<UUID> own = new java.util.HashSet<>();
        guilds.serversOf(userId).forEach(g -> own.add(g.getId()));
        for (UUID scope : scopes.with(userId, own)) {
            for (ChannelFact c : policy.readableMessageChannels(userId, scope)) {
                channels.add(c.id());
                servers.add(scope);
            }
        }
        List<Unread.ChannelUnread> unreadChannels = new ArrayList<>();
        Map<UUID, int[]> byServer = new LinkedHashMap<>();
        for (Unread.ChannelUnread c : store.counts(userId, channels, servers)) {
            if (c.unread() > 0 || c.mentions() > 0) {
                unreadChannels.add(c);
                int[] sum = byServer.computeIfAbsent(c.serverId(), k -> new int[2]);
                sum[0] += c.unread();
                sum[1] += c.mentions();
            }
        }
        List<Unread.ServerUnread> unreadServers = new ArrayList<>();
        byServer.forEach((server, sum) -> unreadServers.add(new Unread.ServerUnread(server, sum[0], sum[1])));
        return new Unread(unreadChannels, unreadServers);
    }
}
