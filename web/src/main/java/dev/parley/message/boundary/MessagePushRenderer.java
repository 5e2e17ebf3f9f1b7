package dev.parley.message.boundary;

import dev.parley.message.control.MessageFanout;
import dev.parley.message.control.MessageFanout.NewMessageData;
import dev.parley.platform.boundary.PushNoticeRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Puts a new message, rendered as the chat page shows it, into its push notice. */
@ApplicationScoped
public class MessagePushRenderer implements PushNoticeRenderer<NewMessageData> {

    @Override
    public String event() {
        return MessageFanout.MESSAGE_NEW;
    }

    @Override
    public Class<NewMessageData> dataType() {
        return NewMessageData.class;
    }

    @Override
    public Map<String, String> render(NewMessageData data) {
        // authorId: the page stops showing the author as typing in the channel
        String author = data.message().author() == null ? "" : String.valueOf(data.message().author().id());
        // mentions: pages of other channels tell from the ids whether to count it in their reader's badges
        var m = data.message();
        return Map.of("messageId", String.valueOf(m.id()), "html", MessageHtml.item(m), "authorId", author,
                "mentions", m.mentions() == null ? "" : MessageHtml.ids(m.mentions()),
                "mentionRoles", m.mentionRoles() == null ? "" : MessageHtml.ids(m.mentionRoles()),
                "mentionEveryone", String.valueOf(m.mentionEveryone()));
    }
}
