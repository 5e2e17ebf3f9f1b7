package dev.parley.dm.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.dm.control.DmView;
import dev.parley.identity.control.UserView;
import dev.parley.platform.boundary.PlaceBacking;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DmListTest {

    private static final UserView ANNA = new UserView(UUID.randomUUID(), "anna", "Anna <b>", null);
    private static final UserView BEN = new UserView(UUID.randomUUID(), "ben", null, null);
    private static final UserView CAT = new UserView(UUID.randomUUID(), "cat", " ", null);

    private static DmView dm(UserView... people) {
        return new DmView(UUID.randomUUID(), UUID.randomUUID(), people.length > 2, null, List.of(people), null, Instant.now());
    }

    @Test
    void unreadConversationsComeFirstAndOtherwiseKeepTheirOrder() {
        DmListBacking.Row newest = new DmListBacking.Row(dm(ANNA, BEN), "ben", 0, false, null, null);
        DmListBacking.Row older = new DmListBacking.Row(dm(ANNA, CAT), "cat", 2, false, null, null);
        DmListBacking.Row oldest = new DmListBacking.Row(dm(ANNA, BEN, CAT), "ben, cat", 0, true, null, null);
        DmListBacking.Row oldestUnread = new DmListBacking.Row(dm(BEN, CAT), "cat", 1, false, null, null);
        assertThat(DmListBacking.order(List.of(newest, older, oldest, oldestUnread)))
                .containsExactly(older, oldestUnread, newest, oldest);
    }

    @Test
    void aConversationIsNamedAfterTheOthersForEachReader() {
        DmView group = dm(ANNA, BEN, CAT);
        assertThat(PlaceBacking.conversationName(group, ANNA.id(), Locale.ENGLISH)).isEqualTo("ben, cat");
        assertThat(PlaceBacking.conversationName(group, BEN.id(), Locale.ENGLISH)).isEqualTo("Anna <b>, cat");
        assertThat(PlaceBacking.conversationName(dm(ANNA), ANNA.id(), Locale.ENGLISH)).isEqualTo("Just you");
        assertThat(PlaceBacking.conversationName(dm(ANNA), ANNA.id(), Locale.forLanguageTag("ru"))).isEqualTo("Только вы");
    }

    @Test
    void aNewConversationsNoticeListsEveryParticipantAsJsonText() {
        DmView pair = dm(ANNA, BEN);
        var people = Json.createReader(new StringReader(DmCreatePushRenderer.participants(pair))).readArray();
        assertThat(people).hasSize(2);
        assertThat(people.getJsonObject(0).getString("id")).isEqualTo(ANNA.id().toString());
        assertThat(people.getJsonObject(0).getString("name")).isEqualTo("Anna <b>");
        assertThat(people.getJsonObject(1).getString("name")).isEqualTo("ben");
    }
}
