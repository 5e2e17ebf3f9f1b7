package dev.parley.message.boundary;

import dev.parley.message.control.MessageEvents;
import dev.parley.message.control.MessageEvents.Reacted;
import dev.parley.platform.boundary.PushNoticeRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Tells the chat pages that someone took a reaction back, as {@link ReactionAddPushRenderer} tells of one added. */
@ApplicationScoped
public class ReactionRemovePushRenderer implements PushNoticeRenderer<Reacted> {

    @Override
    public String event() {
        return MessageEvents.REACTION_REMOVE;
    }

    @Override
    public Class<Reacted> dataType() {
        return Reacted.class;
    }

    @Override
    public Map<String, String> render(Reacted data) {
        return ReactionAddPushRenderer.notice(data);
    }
}
