package dev.parley.message.control;

import dev.parley.message.entity.Message;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Pinned messages: at most {@value #MAX_PINS} per channel, pinned and unpinned by those who may manage messages. */
@Stateless
public class PinService {

    public static final int MAX_PINS = 50;

    @Inject
    MessageService messages;

    @Inject
    PermissionPolicy policy;

    @Inject
    MessageStore store;

    @Inject
    Clock clock;

    @Inject
    Event<MessageChanged> changed;

    /** Pins the message; pinning a pinned message changes nothing. */
    public void pin(UUID userId, UUID messageId) {
        MessageService.Seen seen = allowed(userId, messageId);
        long pins = store.pinCountLocked(seen.head().channelId()); // the channel first: concurrent pins count in turn
        Message message = store.lock(messageId).orElseThrow(() -> new NotFoundException("No such message."));
        if (message.isPinned()) {
            return;
        }
        if (pins >= MAX_PINS) {
            throw new InvalidInputException("A channel can have at most " + MAX_PINS + " pinned messages; unpin one first.",
                    Map.of("messageId", "the channel already has " + MAX_PINS + " pinned messages"));
        }
        message.pin(userId, clock.nowUtc());
        publish(seen, true, userId);
    }

    /** Unpins the message; unpinning one that is not pinned changes nothing. */
    public void unpin(UUID userId, UUID messageId) {
        MessageService.Seen seen = allowed(userId, messageId);
        Message message = store.lock(messageId).orElseThrow(() -> new NotFoundException("No such message."));
        if (!message.isPinned()) {
            return;
        }
        message.unpin();
        publish(seen, false, userId);
    }

    /** The channel's pinned messages, newest pin first. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<MessageView> pins(UUID userId, UUID channelId) {
        policy.requireInChannel(userId, channelId, Permission.READ_MESSAGE_HISTORY);
        return store.pins(userId, channelId);
    }

    private MessageService.Seen allowed(UUID userId, UUID messageId) {
        MessageService.Seen seen = messages.visible(userId, messageId, Permission.VIEW_CHANNEL);
        if (seen.channel().type() == dev.parley.channel.entity.ChannelType.DM) {
            return seen; // in a direct conversation anyone in it may pin
        }
        policy.requireInChannel(userId, seen.head().channelId(), Permission.MANAGE_MESSAGES,
                "Only members who may manage messages can pin or unpin them in this channel.");
        return seen;
    }

    private void publish(MessageService.Seen seen, boolean pinned, UUID userId) {
        UUID channelId = seen.head().channelId();
        changed.fire(new MessageChanged(MessageEvents.MESSAGE_PIN, seen.channel().serverId(), channelId,
                new MessageEvents.Pinned(channelId, seen.head().id(), pinned, userId)));
    }
}
