package dev.parley.message.control;

import java.util.UUID;

/** A message was stored and its transaction committed. */
public record MessagePosted(MessageView message, UUID serverId) {
}
