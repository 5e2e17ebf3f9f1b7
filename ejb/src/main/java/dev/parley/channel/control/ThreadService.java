package dev.parley.channel.control;

import dev.parley.channel.entity.Channel;
import dev.parley.channel.entity.ChannelType;
import dev.parley.message.control.MessageService;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.permission.control.PermissionsChanged;
import dev.parley.permission.control.ServerFacts.ChannelFact;
import dev.parley.platform.control.ConflictException;
import dev.parley.platform.control.ForbiddenException;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Threads: a channel under a text channel, started from one of its messages (one thread per
 * message), with its own history, read state and events, and the parent's permissions.
 */
@Stateless
public class ThreadService {

    @Inject
    dev.parley.identity.control.UnverifiedAccess unverified;

    @Inject
    Inputs inputs;

    @Inject
    PermissionPolicy policy;

    @Inject
    MessageService messages;

    @Inject
    ChannelStore store;

    @Inject
    Event<ThreadChanged> changed;

    @Inject
    Event<PermissionsChanged> permissionsChanged;

    /** Starts a thread from the message, in its channel; needs SEND_MESSAGES there. */
    public ThreadView start(UUID userId, UUID messageId, NewThread request) {
        inputs.check(request);
        MessageService.Seen seen = messages.visible(userId, messageId, Permission.VIEW_CHANNEL);
        ChannelFact parent = seen.channel();
        if (parent.type() != ChannelType.TEXT) {
            throw new InvalidInputException("Threads start from messages of a server's text channel.",
                    Map.of("messageId", "is in a " + parent.type().wireName() + " channel"));
        }
        policy.requireInChannel(userId, parent.id(), Permission.SEND_MESSAGES,
                "You don't have permission to start threads in this channel.");
        unverified.check(userId);
        store.lockThreadsOf(messageId);
        if (store.threadOf(messageId).isPresent()) {
            throw new ConflictException("This message already has a thread.", Map.of("messageId", "already has a thread"));
        }
        Channel parentChannel = store.channel(parent.id()).orElseThrow(() -> new NotFoundException("No such channel."));
        Channel thread = Channel.thread(parentChannel, request.name().strip(), userId, messageId);
        store.add(thread);
        store.flush();
        permissionsChanged.fire(new PermissionsChanged(parent.serverId())); // the server's facts gain the channel
        ThreadView view = ThreadView.of(thread);
        changed.fire(new ThreadChanged(ThreadChanged.CREATE, view));
        return view;
    }

    /** Renames a thread: its starter, or one who may manage messages in it. */
    public ThreadView rename(UUID userId, UUID threadId, NewThread request) {
        inputs.check(request);
        ChannelFact fact = policy.requireInChannel(userId, threadId, Permission.VIEW_CHANNEL);
        Channel thread = store.channel(threadId).filter(c -> c.getType() == ChannelType.THREAD)
                .orElseThrow(() -> new NotFoundException("No such thread."));
        if (!userId.equals(thread.getOwnerId()) && !policy.holds(userId, fact.id(), Permission.MANAGE_MESSAGES)) {
            throw new ForbiddenException("Only who started the thread, or who may manage messages, can rename it.");
        }
        thread.rename(request.name().strip());
        ThreadView view = ThreadView.of(thread);
        changed.fire(new ThreadChanged(ThreadChanged.UPDATE, view));
        return view;
    }

    /**
     * The threads under all the server's channels the user may see, newest first, in one read (the
     * chat page's channel list shows each channel's threads under it).
     */
    public List<ThreadView> inServer(UUID userId, UUID serverId) {
        var facts = policy.requireMember(userId, serverId);
        return policy.visibleChannels(userId, facts, store.ofServer(serverId)).stream()
                .filter(c -> c.getType() == ChannelType.THREAD)
                .sorted(java.util.Comparator.comparing(Channel::getId).reversed())
                .map(ThreadView::of).toList();
    }

    /** The threads under a channel the user may see, newest first. */
    public List<ThreadView> of(UUID userId, UUID channelId) {
        policy.requireInChannel(userId, channelId, Permission.VIEW_CHANNEL);
        return store.threadsOf(channelId).stream().map(ThreadView::of).toList();
    }
}
