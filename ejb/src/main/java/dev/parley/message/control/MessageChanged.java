package dev.parley.message.control;

import dev.parley.platform.control.JsonWritable;
import java.util.UUID;

/**
 * Something about a stored message changed (edited, deleted, pinned, reacted to); fired in the
 * transaction that changed it, published as the gateway event {@code name} to those who may see
 * the channel once that transaction committed (see {@link MessageChangeFanout}).
 */
public record MessageChanged(String name, UUID serverId, UUID channelId, JsonWritable data) {
}
