package dev.parley.message.boundary;

import dev.parley.message.control.MessageEvents;
import dev.parley.message.control.MessageEvents.Pinned;
import dev.parley.platform.boundary.PushNoticeRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Names the message pinned or unpinned: the page flips its Pin action and reloads an open pins panel. */
@ApplicationScoped
public class MessagePinPushRenderer implements PushNoticeRenderer<Pinned> {

    @Override
    public String event() {
        return MessageEvents.MESSAGE_PIN;
    }

    @Override
    public Class<Pinned> dataType() {
        return Pinned.class;
    }

    @Override
    public Map<String, String> render(Pinned data) {
        return Map.of("messageId", String.valueOf(data.messageId()), "pinned", String.valueOf(data.pinned()));
    }
}
