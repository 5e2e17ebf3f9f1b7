package dev.parley.message.control;

import java.util.Set;
import java.util.UUID;

/**
 * A message was stored. {@code recipients} are the members who may see its channel, decided in
 * the same transaction as the post.
 */
public record MessagePosted(MessageView message, UUID serverId, Set<UUID> recipients) {
}
