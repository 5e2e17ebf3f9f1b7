package dev.parley.message.control;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import dev.parley.identity.control.UserView;
import dev.parley.platform.control.JsonWritable;
import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message as clients see it. {@code replyTo} names the message it answers and {@code reply}
 * quotes it (its author and first line, or {@code deleted}); {@code reactions} counts each emoji
 * and says whether the reader reacted with it — it depends on who reads, so {@code message:update},
 * which reaches many, leaves it out (null); a new message has none (empty) for everyone.
 * {@code mentions} and {@code mentionRoles} are the users and roles it names ({@code @name}),
 * {@code mentionEveryone} whether it mentions everyone ({@code @everyone}/{@code @here} by an
 * author allowed to).
 */
@Schema(name = "MessageView", description = "A message.")
public record MessageView(UUID id, UUID channelId, UserView author, String content, String type, boolean pinned,
        String nonce, Instant createdAt, Instant editedAt, UUID replyTo, ReplyQuote reply,
        List<ReactionCount> reactions, List<UUID> mentions, List<UUID> mentionRoles, boolean mentionEveryone)
        implements JsonWritable {

    /** The constructor JSON-B reads a view back with (an event relayed from another instance). */
    @JsonbCreator
    public MessageView {
    }

    /** A message that mentions nobody. */
    public MessageView(UUID id, UUID channelId, UserView author, String content, String type, boolean pinned,
            String nonce, Instant createdAt, Instant editedAt, UUID replyTo, ReplyQuote reply,
            List<ReactionCount> reactions) {
        this(id, channelId, author, content, type, pinned, nonce, createdAt, editedAt, replyTo, reply, reactions,
                List.of(), List.of(), false);
    }

    /** A message that answers none and carries no reactions. */
    public MessageView(UUID id, UUID channelId, UserView author, String content, String type, boolean pinned,
            String nonce, Instant createdAt, Instant editedAt) {
        this(id, channelId, author, content, type, pinned, nonce, createdAt, editedAt, null, null, null, List.of(),
                List.of(), false);
    }

    /** The same message as everyone sees it: without the reader's reactions. */
    public MessageView forEveryone() {
        return reactions == null ? this : new MessageView(id, channelId, author, content, type, pinned, nonce,
                createdAt, editedAt, replyTo, reply, null, mentions, mentionRoles, mentionEveryone);
    }

    @Override
    public String toJson() {
        return MessageJson.of(this);
    }

    /** What a reply shows of the message it answers. */
    @Schema(name = "ReplyQuote", description = "The message a reply answers: its author and first line, or deleted.")
    public record ReplyQuote(UserView author, String excerpt, boolean deleted) {

        public static final int EXCERPT_LENGTH = 100;
        public static final ReplyQuote DELETED = new ReplyQuote(null, null, true);
    }

    /** One emoji's reactions on a message. */
    @Schema(name = "ReactionCount", description = "How many reacted with an emoji, and whether you did.")
    public record ReactionCount(String emoji, int count, boolean me) {
    }
}
