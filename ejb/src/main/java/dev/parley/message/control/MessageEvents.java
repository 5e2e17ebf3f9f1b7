package dev.parley.message.control;

import dev.parley.platform.control.JsonText;
import dev.parley.platform.control.JsonWritable;
import java.util.List;
import java.util.UUID;

/** The gateway events of a changed message and their {@code data}, written once per event. */
public final class MessageEvents {

    public static final String MESSAGE_UPDATE = "message:update";
    public static final String MESSAGE_DELETE = "message:delete";
    /** Many messages of one channel deleted at once (a ban's clean-up), as Discord's MESSAGE_DELETE_BULK. */
    public static final String MESSAGE_DELETE_BULK = "message:delete-bulk";
    public static final String MESSAGE_PIN = "message:pin";
    public static final String REACTION_ADD = "reaction:add";
    public static final String REACTION_REMOVE = "reaction:remove";

    private MessageEvents() {
    }

    /** {@code message:update}: the message as it is now (without the reader-dependent reactions). */
    public record Updated(UUID channelId, MessageView message) implements JsonWritable {
        @Override
        public String toJson() {
            StringBuilder out = new StringBuilder(512).append("{\"channelId\":\"").append(channelId).append("\",\"message\":");
            return MessageJson.append(out, message.forEveryone()).append('}').toString();
        }
    }

    /** {@code message:delete}. */
    public record Deleted(UUID channelId, UUID messageId) implements JsonWritable {
        @Override
        public String toJson() {
            return "{\"channelId\":\"" + channelId + "\",\"messageId\":\"" + messageId + "\"}";
        }
    }

    /** {@code message:delete-bulk}: the ids of the messages of one channel deleted together. */
    public record DeletedBulk(UUID channelId, List<UUID> ids) implements JsonWritable {
        public DeletedBulk {
            ids = List.copyOf(ids);
        }

        @Override
        public String toJson() {
            StringBuilder out = new StringBuilder(64 + ids.size() * 39).append("{\"channelId\":\"").append(channelId)
                    .append("\",\"ids\":[");
            for (int i = 0; i < ids.size(); i++) {
                out.append(i == 0 ? "\"" : ",\"").append(ids.get(i)).append('"');
            }
            return out.append("]}").toString();
        }
    }

    /** {@code message:pin}: pinned or unpinned, and by whom. */
    public record Pinned(UUID channelId, UUID messageId, boolean pinned, UUID by) implements JsonWritable {
        @Override
        public String toJson() {
            return "{\"by\":\"" + by + "\",\"channelId\":\"" + channelId + "\",\"messageId\":\"" + messageId
                    + "\",\"pinned\":" + pinned + "}";
        }
    }

    /** {@code reaction:add} and {@code reaction:remove}: who, which emoji, and its count afterwards. */
    public record Reacted(UUID channelId, UUID messageId, String emoji, UUID userId, int count) implements JsonWritable {
        @Override
        public String toJson() {
            StringBuilder out = new StringBuilder(160).append("{\"channelId\":\"").append(channelId)
                    .append("\",\"count\":").append(count).append(",\"emoji\":");
            return JsonText.string(out, emoji).append(",\"messageId\":\"").append(messageId).append("\",\"userId\":\"")
                    .append(userId).append("\"}").toString();
        }
    }
}
