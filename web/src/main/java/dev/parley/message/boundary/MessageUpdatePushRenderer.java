package dev.parley.message.boundary;

import dev.parley.message.control.MessageEvents;
import dev.parley.message.control.MessageEvents.Updated;
import dev.parley.platform.boundary.PushNoticeRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Puts an edited message, rendered as the chat page shows it, into its push notice: the page replaces the item. */
@ApplicationScoped
public class MessageUpdatePushRenderer implements PushNoticeRenderer<Updated> {

    @Override
    public String event() {
        return MessageEvents.MESSAGE_UPDATE;
    }

    @Override
    public Class<Updated> dataType() {
        return Updated.class;
    }

    @Override
    public Map<String, String> render(Updated data) {
        return Map.of("messageId", String.valueOf(data.message().id()), "html", MessageHtml.item(data.message()));
    }
}
