package dev.parley.message.boundary;

import dev.parley.message.control.MessageEvents;
import dev.parley.message.control.MessageEvents.Deleted;
import dev.parley.platform.boundary.PushNoticeRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Names the deleted message in its push notice: the page takes the item out and marks replies to it. */
@ApplicationScoped
public class MessageDeletePushRenderer implements PushNoticeRenderer<Deleted> {

    @Override
    public String event() {
        return MessageEvents.MESSAGE_DELETE;
    }

    @Override
    public Class<Deleted> dataType() {
        return Deleted.class;
    }

    @Override
    public Map<String, String> render(Deleted data) {
        return Map.of("messageId", String.valueOf(data.messageId()));
    }
}
