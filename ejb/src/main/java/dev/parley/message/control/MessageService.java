package dev.parley.message.control;

import dev.parley.channel.entity.ChannelType;
import dev.parley.message.entity.Message;
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
 * Posting and reading messages. A post is checked here (permission from the cache, input, channel
 * type) without touching the database, then handed to the group-commit {@link MessageWriter};
 * it returns once its batch committed.
 */
@Stateless
public class MessageService {

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
        if (channel.type() != ChannelType.TEXT) {
            throw new InvalidInputException("Messages can only be posted in text channels.",
                    Map.of("channelId", "is a " + channel.type().wireName() + " channel"));
        }
        String nonce = draft.nonce() == null || draft.nonce().isBlank() ? null : draft.nonce();
        Message message = new Message(channelId, authorId, draft.content().strip(), nonce);
        return writer.submit(new PendingPost(message, channel.serverId(), new CompletableFuture<>()));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // one read: no transaction to begin and commit
    public List<MessageView> history(UUID userId, UUID channelId, History page) {
        History query = page == null ? History.latest() : page;
        int limit = query.limit() == null ? History.DEFAULT_LIMIT : query.limit();
        if (limit < 1 || limit > History.MAX_LIMIT) {
            throw new InvalidInputException("limit must be between 1 and 100.", Map.of("limit", "must be between 1 and 100"));
        }
        if (query.before() != null && query.after() != null) {
            throw new InvalidInputException("Give before or after, not both.", Map.of("after", "cannot be combined with before"));
        }
        policy.requireInChannel(userId, channelId, Permission.READ_MESSAGE_HISTORY);
        return store.page(channelId, query.before(), query.after(), limit);
    }

    /** Unwraps what a failed {@link #postAsync} future carries. */
    public static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
