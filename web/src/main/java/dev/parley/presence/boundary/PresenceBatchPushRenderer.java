package dev.parley.presence.boundary;

import dev.parley.platform.boundary.PushNoticeRenderer;
import dev.parley.presence.control.PresenceService;
import dev.parley.presence.control.PresenceService.PresenceUserData;
import dev.parley.presence.control.PresenceService.PresenceUsersData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Puts several people's presence changes into one {@code presence:users} push notice, as
 * {@code changes}: {@code userId=status} pairs separated by spaces (ids and status words hold neither).
 */
@ApplicationScoped
public class PresenceBatchPushRenderer implements PushNoticeRenderer<PresenceUsersData> {

    @Override
    public String event() {
        return PresenceService.PRESENCE_USERS;
    }

    @Override
    public Class<PresenceUsersData> dataType() {
        return PresenceUsersData.class;
    }

    @Override
    public Map<String, String> render(PresenceUsersData data) {
        StringBuilder changes = new StringBuilder(data.users().size() * 45);
        for (PresenceUserData user : data.users()) {
            if (changes.length() > 0) {
                changes.append(' ');
            }
            changes.append(user.userId()).append('=').append(user.status());
        }
        return Map.of("changes", changes.toString());
    }
}
