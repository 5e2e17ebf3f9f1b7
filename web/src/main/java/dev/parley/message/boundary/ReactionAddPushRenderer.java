package dev.parley.message.boundary;

import dev.parley.message.control.MessageEvents;
import dev.parley.message.control.MessageEvents.Reacted;
import dev.parley.platform.boundary.PushNoticeRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Tells the chat pages that someone reacted: which message, which emoji, who, and how many have it now. The same
 * notice reaches every page; each page marks the chip as its reader's own when {@code userId} is its reader. The
 * emoji was checked to be exactly one Unicode emoji (no markup can pass), and the page only ever sets it as text.
 */
@ApplicationScoped
public class ReactionAddPushRenderer implements PushNoticeRenderer<Reacted> {

    @Override
    public String event() {
        return MessageEvents.REACTION_ADD;
    }

    @Override
    public Class<Reacted> dataType() {
        return Reacted.class;
    }

    @Override
    public Map<String, String> render(Reacted data) {
        return notice(data);
    }

    static Map<String, String> notice(Reacted data) {
        return Map.of("messageId", String.valueOf(data.messageId()), "emoji", data.emoji(),
                "userId", String.valueOf(data.userId()), "count", String.valueOf(data.count()));
    }
}
