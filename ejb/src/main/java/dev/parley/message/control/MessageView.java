package dev.parley.message.control;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import dev.parley.identity.control.UserView;
import dev.parley.platform.control.JsonWritable;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "MessageView", description = "A message.")
public record MessageView(UUID id, UUID channelId, UserView author, String content, String type, boolean pinned,
        String nonce, Instant createdAt, Instant editedAt) implements JsonWritable {

    @Override
    public String toJson() {
        return MessageJson.of(this);
    }
}
