package dev.parley.message;

import dev.parley.identity.UserView;
import java.time.Instant;
import java.util.UUID;

public record MessageView(UUID id, UUID channelId, UserView author, String content, String type, boolean pinned,
        String nonce, Instant createdAt, Instant editedAt) {
}
