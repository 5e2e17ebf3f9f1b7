package dev.parley.message.control;

import dev.parley.message.entity.Message;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A post that passed the checks and waits for the group-commit writer. Its id (time-ordered) and
 * time are fixed when it is accepted, so posts keep the order in which they were accepted. A reply
 * carries the quote of its original, read when it was checked; a post that names someone, the
 * mentions resolved then.
 */
public record PendingPost(Message message, UUID serverId, MessageView.ReplyQuote quote, Mentions mentions,
        CompletableFuture<MessageView> result) {

    /** A post that answers no message and mentions nobody. */
    public PendingPost(Message message, UUID serverId, CompletableFuture<MessageView> result) {
        this(message, serverId, null, Mentions.NONE, result);
    }


    NonceKey nonceKey() {
        return message.getNonce() == null ? null
                : new NonceKey(message.getChannelId(), message.getUserId(), message.getNonce());
    }

    /** What makes a send idempotent: the same author, channel and nonce are one message. */
    public record NonceKey(UUID channelId, UUID userId, String nonce) {
    }
}
