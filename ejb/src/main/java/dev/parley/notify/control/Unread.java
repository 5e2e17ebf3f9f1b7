package dev.parley.notify.control;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a person has not read: per channel and per server, the messages of others after their
 * last read one (counted up to {@value #COUNT_LIMIT}: a badge says "100+", not 100,000) and the
 * mentions of them among those (counted exactly). Only channels and servers with something unread
 * are listed.
 */
@Schema(name = "Unread", description = "Unread and mention counts per channel and per server.")
public record Unread(List<ChannelUnread> channels, List<ServerUnread> servers) {

    public static final int COUNT_LIMIT = 100;

    @Schema(name = "ChannelUnread", description = "A channel's unread and mention counts.")
    public record ChannelUnread(UUID channelId, UUID serverId, UUID lastReadMessageId, int unread, int mentions) {
    }

    @Schema(name = "ServerUnread", description = "A server's unread and mention counts, its channels added up.")
    public record ServerUnread(UUID serverId, int unread, int mentions) {
    }
}
