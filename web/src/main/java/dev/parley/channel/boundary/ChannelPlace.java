package dev.parley.channel.boundary;

import java.util.UUID;

/**
 * One item of a bulk reorder as sent: the channel, its position and, if the key is present, its
 * category (null: the top level).
 */
public record ChannelPlace(UUID id, Integer position, UUID parentId) {
}
