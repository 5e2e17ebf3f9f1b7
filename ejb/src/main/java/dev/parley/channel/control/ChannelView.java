package dev.parley.channel.control;

import dev.parley.channel.entity.Channel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "ChannelView", description = "A channel of a server: text, voice or category.")
public record ChannelView(UUID id, UUID serverId, String name, String type, int position, String topic,
        UUID parentId, Instant createdAt) {

    public static ChannelView of(Channel c) {
        return new ChannelView(c.getId(), c.getServerId(), c.getName(), c.getType().wireName(), c.getPosition(),
                c.getTopic(), c.getParentId(), c.getCreatedAt().toInstant());
    }
}
