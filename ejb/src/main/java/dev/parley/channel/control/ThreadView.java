package dev.parley.channel.control;

import dev.parley.channel.entity.Channel;
import dev.parley.platform.control.JsonWritable;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A thread: a channel under its parent, started from one of the parent's messages. */
@Schema(name = "ThreadView", description = "A thread under a text channel.")
public record ThreadView(UUID id, UUID parentId, UUID serverId, String name, UUID ownerId, UUID messageId,
        Instant createdAt) implements JsonWritable {

    public static ThreadView of(Channel c) {
        return new ThreadView(c.getId(), c.getParentId(), c.getServerId(), c.getName(), c.getOwnerId(),
                c.getThreadMessageId(), c.getCreatedAt().toInstant());
    }

    @Override
    public String toJson() {
        StringBuilder out = new StringBuilder(256).append("{\"createdAt\":");
        dev.parley.platform.control.JsonText.instant(out, createdAt).append(",\"id\":\"").append(id).append('"');
        if (messageId != null) {
            out.append(",\"messageId\":\"").append(messageId).append('"');
        }
        dev.parley.platform.control.JsonText.string(out.append(",\"name\":"), name);
        return out.append(",\"ownerId\":\"").append(ownerId).append("\",\"parentId\":\"").append(parentId)
                .append("\",\"serverId\":\"").append(serverId).append("\"}").toString();
    }
}
