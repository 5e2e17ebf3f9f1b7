package dev.parley.dm.boundary;

import dev.parley.dm.control.DmChanged;
import dev.parley.dm.control.DmView;
import dev.parley.identity.control.UserView;
import dev.parley.platform.boundary.PushNoticeRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Map;

/**
 * Adds to a {@code dm:create} notice what the home view lists of a new conversation: its channel
 * and its participants (id and name, as JSON text the page's script reads and shows as text). The
 * notice is the same for every participant; each page leaves its own reader out of the name.
 */
@ApplicationScoped
public class DmCreatePushRenderer implements PushNoticeRenderer<DmView> {

    @Override
    public String event() {
        return DmChanged.CREATE;
    }

    @Override
    public Class<DmView> dataType() {
        return DmView.class;
    }

    @Override
    public Map<String, String> render(DmView data) {
        return Map.of("dmId", String.valueOf(data.id()), "dmChannelId", String.valueOf(data.channelId()),
                "participants", participants(data));
    }

    static String participants(DmView data) {
        JsonArrayBuilder people = Json.createArrayBuilder();
        for (UserView p : data.participants()) {
            people.add(Json.createObjectBuilder().add("id", String.valueOf(p.id()))
                    .add("name", p.displayName() == null || p.displayName().isBlank() ? p.username() : p.displayName()));
        }
        return people.build().toString();
    }
}
