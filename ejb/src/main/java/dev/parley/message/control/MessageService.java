package dev.parley.message.control;

import dev.parley.channel.entity.ChannelType;
import dev.parley.message.entity.Message;
import dev.parley.message.entity.MessageEdit;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.ForbiddenException;
import dev.parley.platform.control.NotFoundException;
import jakarta.enterprise.event.Event;
import java.time.OffsetDateTime;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.permission.control.ServerFacts.ChannelFact;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.ParleyException;
import dev.parley.platform.control.UnavailableException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posting, reading, editing and deleting messages. A post is checked here (permission from the cache, input, channel
 * type) without touching the database, then handed to the group-commit {@link MessageWriter};
 * it returns once its batch committed.
 */
@Stateless
public class MessageService {

    @Inject
    dev.parley.identity.control.UnverifiedAccess unverified;

    public static final int MAX_LENGTH = 4000;

    @Inject
    Inputs inputs;

    @Inject
    PermissionPolicy policy;

    @Inject
    MessageWriter writer;

    @Inject
    MessageStore store;

    @Inject
    Clock clock;

    @Inject
    MentionResolver mentions;

    @Inject
    Event<MessageChanged> changed;

    @Inject
    SendChecks sendChecks;

    @Inject
    @ConfigProperty(name = "parley.message.write-timeout-seconds")
    int writeTimeoutSeconds;

    /** Posts and waits for the commit (REST, the web UI). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public MessageView post(UUID authorId, UUID channelId, Draft draft) {
        CompletableFuture<MessageView> stored = postAsync(authorId, channelId, draft);
        try {
            return stored.get(writeTimeoutSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof ParleyException p ? p : new UnavailableException(
                    "The message could not be stored just now. Send it again.");
        } catch (TimeoutException e) {
            throw new UnavailableException("Storing the message took too long; send it again with the same nonce.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("Interrupted; send the message again with the same nonce.");
        }
    }

    /**
     * Checks the post now (failures are thrown, not returned) and completes once stored; for
     * callers that must not hold a thread while the batch commits (the gateway).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CompletableFuture<MessageView> postAsync(UUID authorId, UUID channelId, Draft draft) {
        inputs.check(draft);
        ChannelFact channel = policy.requireInChannel(authorId, channelId, Permission.SEND_MESSAGES);
        if (!channel.type().holdsMessages()) {
            throw new InvalidInputException("Messages can only be posted in text channels.",
                    Map.of("channelId", "is a " + channel.type().wireName() + " channel"));
        }
        MessageView.ReplyQuote quote = null;
        if (draft.replyTo() != null) {
            MessageStore.MessageHead original = store.head(draft.replyTo()).orElse(null);
            if (original == null || !original.channelId().equals(channelId)) {
                throw new InvalidInputException("A reply must answer a message of the same channel.",
                        Map.of("replyTo", "is not a message of this channel"));
            }
            quote = original.quote();
        }
        String nonce = draft.nonce() == null || draft.nonce().isBlank() ? null : draft.nonce();
        String content = draft.content().strip();
        sendChecks.check(authorId, channel, content);
        Mentions mentioned = mentions.resolve(authorId, channel.serverId(), channelId, content);
        Message message = new Message(channelId, authorId, content, nonce, draft.replyTo());
        return writer.submit(new PendingPost(message, channel.serverId(), quote, mentioned, new CompletableFuture<>()));
    }

    /** Posts {@code draft} as a reply to the message, in its channel, and waits for the commit. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public MessageView reply(UUID authorId, UUID messageId, Draft draft) {
        MessageStore.MessageHead original = visible(authorId, messageId, Permission.VIEW_CHANNEL).head();
        if (draft != null && draft.replyTo() != null && !draft.replyTo().equals(messageId)) {
            throw new InvalidInputException("This reply answers the message in the URL; leave replyTo out.",
                    Map.of("replyTo", "differs from the message replied to"));
        }
        return post(authorId, original.channelId(), draft == null ? null
                : new Draft(draft.content(), draft.nonce(), messageId));
    }

    /** One message as the reader sees it (with their reactions). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public MessageView get(UUID readerId, UUID messageId) {
        visible(readerId, messageId, Permission.READ_MESSAGE_HISTORY);
        return store.view(readerId, messageId).orElseThrow(MessageService::noSuchMessage);
    }

    /**
     * Replaces the content of one's own message; the version it replaces is kept. An edit that
     * changes nothing stores nothing and tells nobody.
     */
    public MessageView edit(UUID userId, UUID messageId, Edit edit) {
        inputs.check(edit);
        Seen seen = visible(userId, messageId, Permission.VIEW_CHANNEL);
        if (!userId.equals(seen.head().authorId())) {
            throw new ForbiddenException("You can only edit your own messages.");
        }
        unverified.check(userId);
        Message message = store.lock(messageId).orElseThrow(MessageService::noSuchMessage);
        String content = edit.content().strip();
        if (!content.equals(message.getContent())) {
            OffsetDateTime now = clock.nowUtc();
            OffsetDateTime writtenAt = message.getEditedAt() != null ? message.getEditedAt() : message.getCreatedAt();
            store.keep(new MessageEdit(messageId, message.getContent(), writtenAt, now));
            message.edit(content, now);
            store.flush();
            store.setMentions(messageId, message.getChannelId(),
                    mentions.resolve(userId, seen.channel().serverId(), message.getChannelId(), content));
            MessageView updated = store.view(userId, messageId).orElseThrow(MessageService::noSuchMessage);
            changed.fire(new MessageChanged(MessageEvents.MESSAGE_UPDATE, seen.channel().serverId(), message.getChannelId(),
                    new MessageEvents.Updated(message.getChannelId(), updated)));
            return updated;
        }
        return store.view(userId, messageId).orElseThrow(MessageService::noSuchMessage);
    }

    /** The versions the message had before its edits, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<EditView> edits(UUID readerId, UUID messageId) {
        visible(readerId, messageId, Permission.READ_MESSAGE_HISTORY);
        return store.edits(messageId).stream().map(e -> new EditView(e.getContent(), e.getWrittenAt().toInstant(),
                e.getReplacedAt().toInstant())).toList();
    }

    /** Deletes a message: one's own, or anyone's with MANAGE_MESSAGES in its channel. */
    public void delete(UUID userId, UUID messageId) {
        Seen seen = visible(userId, messageId, Permission.VIEW_CHANNEL);
        if (!userId.equals(seen.head().authorId())) {
            policy.requireInChannel(userId, seen.head().channelId(), Permission.MANAGE_MESSAGES,
                    "You can only delete your own messages, unless you may manage messages in this channel.");
        }
        Message message = store.lock(messageId).orElseThrow(MessageService::noSuchMessage);
        store.delete(message);
        changed.fire(new MessageChanged(MessageEvents.MESSAGE_DELETE, seen.channel().serverId(), message.getChannelId(),
                new MessageEvents.Deleted(message.getChannelId(), messageId)));
    }

    /** A message and its channel, as one who may see it sees them. */
    public record Seen(MessageStore.MessageHead head, ChannelFact channel) {
    }

    /**
     * The message, if the user can see its channel and holds the permission there; a message in a
     * channel they cannot see is not found, as one that does not exist.
     */
    public Seen visible(UUID userId, UUID messageId, Permission permission) {
        MessageStore.MessageHead head = store.head(messageId).orElseThrow(MessageService::noSuchMessage);
        ChannelFact channel;
        try {
            channel = policy.requireInChannel(userId, head.channelId(), permission);
        } catch (NotFoundException e) {
            throw noSuchMessage();
        }
        return new Seen(head, channel);
    }

    private static NotFoundException noSuchMessage() {
        return new NotFoundException("No such message.");
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // one read: no transaction to begin and commit
    public List<MessageView> history(UUID userId, UUID channelId, History page) {
        History query = page == null ? History.latest() : page;
        int limit = query.limit() == null ? History.DEFAULT_LIMIT : query.limit();
        if (limit < 1 || limit > History.MAX_LIMIT) {
            throw new InvalidInputException("limit must be between 1 and 100.", Map.of("limit", "must be between 1 and 100"));
        }
        int cursors = (query.before() != null ? 1 : 0) + (query.after() != null ? 1 : 0) + (query.around() != null ? 1 : 0);
        if (cursors > 1) {
            throw new InvalidInputException("Give one of before, after and around.",
                    Map.of(query.around() != null ? "around" : "after", "cannot be combined with "
                            + (query.before() != null ? "before" : "after")));
        }
        policy.requireInChannel(userId, channelId, Permission.READ_MESSAGE_HISTORY);
        if (query.around() != null) {
            return store.around(userId, channelId, query.around(), limit);
        }
        return store.page(userId, channelId, query.before(), query.after(), limit);
    }

    /** Unwraps what a failed {@link #postAsync} future carries. */
    public static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
