package dev.parley.message.control;

import dev.parley.identity.control.UserView;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reactions: one per person, message and Unicode emoji, at most {@value #MAX_EMOJI} different emoji per message. */
@Stateless
public class ReactionService {

    @Inject
    dev.parley.identity.control.UnverifiedAccess unverified;

    public static final int MAX_EMOJI = 20;
    public static final int DEFAULT_PAGE = 25;
    public static final int MAX_PAGE = 100;

    @Inject
    MessageService messages;

    @Inject
    PermissionPolicy policy;

    @Inject
    ReactionStore store;

    @Inject
    Event<MessageChanged> changed;

    /** Adds the caller's reaction; adding it again changes nothing. */
    public void add(UUID userId, UUID messageId, String emoji) {
        check(emoji);
        MessageService.Seen seen = messages.visible(userId, messageId, Permission.READ_MESSAGE_HISTORY);
        policy.requireInChannel(userId, seen.head().channelId(), Permission.ADD_REACTIONS,
                "You don't have permission to add reactions in this channel.");
        unverified.check(userId);
        if (!store.lockMessage(messageId)) {
            throw new NotFoundException("No such message.");
        }
        if (!store.has(messageId, emoji) && store.distinctEmoji(messageId) >= MAX_EMOJI) {
            throw new InvalidInputException("A message can carry at most " + MAX_EMOJI + " different emoji.",
                    Map.of("emoji", "the message already has " + MAX_EMOJI + " different emoji"));
        }
        if (store.add(messageId, emoji, userId)) {
            publish(MessageEvents.REACTION_ADD, seen, emoji, userId);
        }
    }

    /** Takes the caller's reaction back; taking back one that is not there changes nothing. */
    public void remove(UUID userId, UUID messageId, String emoji) {
        check(emoji);
        MessageService.Seen seen = messages.visible(userId, messageId, Permission.VIEW_CHANNEL);
        if (store.remove(messageId, emoji, userId)) {
            publish(MessageEvents.REACTION_REMOVE, seen, emoji, userId);
        }
    }

    /** Who reacted with the emoji, by user id, after {@code after}; {@code limit} 1–100, default 25. */
    public List<UserView> who(UUID userId, UUID messageId, String emoji, UUID after, Integer limit) {
        check(emoji);
        int n = limit == null ? DEFAULT_PAGE : limit;
        if (n < 1 || n > MAX_PAGE) {
            throw new InvalidInputException("limit must be between 1 and " + MAX_PAGE + ".",
                    Map.of("limit", "must be between 1 and " + MAX_PAGE));
        }
        messages.visible(userId, messageId, Permission.READ_MESSAGE_HISTORY);
        return store.users(messageId, emoji, after, n);
    }

    private void publish(String event, MessageService.Seen seen, String emoji, UUID userId) {
        UUID channelId = seen.head().channelId();
        changed.fire(new MessageChanged(event, seen.channel().serverId(), channelId, new MessageEvents.Reacted(channelId,
                seen.head().id(), emoji, userId, store.count(seen.head().id(), emoji))));
    }

    private static void check(String emoji) {
        if (!Emoji.isSingle(emoji)) {
            throw new InvalidInputException("A reaction is one Unicode emoji.", Map.of("emoji", "must be one emoji"));
        }
    }
}
