package dev.parley.channel.control;

import java.util.UUID;

/**
 * One item of a bulk reorder: the channel, its new position and, when {@code parentGiven}, its new
 * category ({@code parentId} null: the top level); without it the channel stays where it is.
 */
public record ChannelPosition(UUID id, Integer position, UUID parentId, boolean parentGiven) {
}
