package dev.parley.presence.boundary;

import dev.parley.platform.boundary.PushNoticeRenderer;
import dev.parley.presence.control.PresenceService;
import dev.parley.presence.control.PresenceService.PresenceUserData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Puts whose presence changed, and to what, into the {@code presence:user} push notice, for the member list's dots. */
@ApplicationScoped
public class PresencePushRenderer implements PushNoticeRenderer<PresenceUserData> {

    @Override
    public String event() {
        return PresenceService.PRESENCE_USER;
    }

    @Override
    public Class<PresenceUserData> dataType() {
        return PresenceUserData.class;
    }

    @Override
    public Map<String, String> render(PresenceUserData data) {
        return Map.of("userId", String.valueOf(data.userId()), "status", data.status());
    }
}
