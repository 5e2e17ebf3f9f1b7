package dev.parley.presence.boundary;

import dev.parley.platform.control.Html;
import dev.parley.platform.boundary.PushNoticeRenderer;
import dev.parley.presence.control.TypingService;
import dev.parley.presence.control.TypingService.TypingData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Puts who is typing into the {@code typing:user} push notice: their id, their name (escaped) and for how long. */
@ApplicationScoped
public class TypingPushRenderer implements PushNoticeRenderer<TypingData> {

    @Override
    public String event() {
        return TypingService.TYPING_USER;
    }

    @Override
    public Class<TypingData> dataType() {
        return TypingData.class;
    }

    @Override
    public Map<String, String> render(TypingData data) {
        String name = data.displayName() == null || data.displayName().isBlank() ? data.username() : data.displayName();
        return Map.of("userId", String.valueOf(data.userId()), "nameHtml", Html.escape(name),
                "expiresInMs", String.valueOf(data.expiresInMs()));
    }
}
