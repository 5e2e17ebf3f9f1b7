package dev.parley.message.boundary;

import dev.parley.message.control.MessageFanout;
import dev.parley.platform.boundary.PushNoticeRenderer;
import dev.parley.platform.control.JsonMapping;
import dev.parley.platform.control.LiveEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** Puts a new message, rendered as the chat page shows it, into its push notice. */
@ApplicationScoped
public class MessagePushRenderer implements PushNoticeRenderer {

    @Inject
    JsonMapping json;

    @Override
    public String event() {
        return MessageFanout.MESSAGE_NEW;
    }

    @Override
    public Map<String, String> render(LiveEvent event) {
        MessageFanout.NewMessageData data = json.jsonb().fromJson(event.dataJson(), MessageFanout.NewMessageData.class);
        return Map.of("messageId", String.valueOf(data.message().id()), "html", MessageHtml.item(data.message()));
    }
}
