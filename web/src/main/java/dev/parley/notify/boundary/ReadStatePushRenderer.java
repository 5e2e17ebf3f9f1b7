package dev.parley.notify.boundary;

import dev.parley.notify.control.ReadStateChanged;
import dev.parley.platform.boundary.PushNoticeRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Adds to a {@code read-state:update} notice (which reaches the reader's own pages only: its scope
 * is their personal one, and it names no channel) the channel read, its server or conversation,
 * and the last message read, so their other pages clear the channel's bold and badges.
 */
@ApplicationScoped
public class ReadStatePushRenderer implements PushNoticeRenderer<ReadStateChanged> {

    @Override
    public String event() {
        return ReadStateChanged.READ_STATE_UPDATE;
    }

    @Override
    public Class<ReadStateChanged> dataType() {
        return ReadStateChanged.class;
    }

    @Override
    public Map<String, String> render(ReadStateChanged data) {
        // the event itself is scoped to the reader (serverId is their id) and names no channel: say which was read
        return Map.of("channelId", String.valueOf(data.channelId()), "scopeId", String.valueOf(data.serverId()),
                "lastReadMessageId", String.valueOf(data.lastReadMessageId()));
    }
}
