package dev.parley.presence.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.presence.control.PresenceService.PresenceUserData;
import dev.parley.presence.control.PresenceService.PresenceUsersData;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PresenceBatchPushRendererTest {

    @Test
    void severalChangesGoIntoOneNoticeAsIdAndStatusPairs() {
        UUID anna = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        Map<String, String> notice = new PresenceBatchPushRenderer().render(new PresenceUsersData(
                List.of(new PresenceUserData(anna, "online"), new PresenceUserData(ben, "idle"))));
        assertThat(notice).containsExactly(Map.entry("changes", anna + "=online " + ben + "=idle"));
    }
}
