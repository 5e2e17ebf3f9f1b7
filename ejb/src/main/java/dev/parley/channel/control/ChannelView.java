package dev.parley.channel.control;

import dev.parley.channel.entity.Channel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * A channel as its viewers see it; {@code slowModeSeconds} is how long a member waits between two
 * messages in it (0 for no slow mode).
 */
@Schema(name = "ChannelView", description = "A channel of a server: text, voice or category.")
public record ChannelView(UUID id, UUID serverId, String name, String type, int position, String topic,
        UUID parentId, Instant createdAt, int slowModeSeconds) {

    /** Without slow mode (a thread's or a conversation's view). */
    public ChannelView(UUID id, UUID serverId, String name, String type, int position, String topic, UUID parentId,
            Instant createdAt) {
        this(id, serverId, name, type, position, topic, parentId, createdAt, 0);
    }

    public static ChannelView of(Channel c) {
        return new ChannelView(c.getId(), c.getServerId(), c.getName(), c.getType().wireName(), c.getPosition(),
                c.getTopic(), c.getParentId(), c.getCreatedAt().toInstant(), c.getSlowModeSeconds());
    }
}
