package dev.parley.notify.control;

import dev.parley.platform.control.JsonWritable;
import java.util.UUID;

/**
 * A user moved their last read message in a channel; once committed it reaches that user's own
 * connections (all their devices) as {@code read-state:update}, and no one else's.
 */
public record ReadStateChanged(UUID userId, UUID serverId, UUID channelId, UUID lastReadMessageId) implements JsonWritable {

    public static final String READ_STATE_UPDATE = "read-state:update";

    @Override
    public String toJson() {
        return "{\"channelId\":\"" + channelId + "\",\"lastReadMessageId\":\"" + lastReadMessageId + "\",\"serverId\":\""
                + serverId + "\"}";
    }
}
