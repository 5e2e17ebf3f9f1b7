package dev.parley.guild.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.permission.boundary.PermissionGroups;
import dev.parley.platform.boundary.UiTexts;
import jakarta.json.Json;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChangesTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String ROLE = "0190f3a2-1111-7000-8000-000000000001";

    private static AuditChanges in(Locale locale) {
        return new AuditChanges(UiTexts.bundle(ServerSettingsBacking.BUNDLE, locale), PermissionGroups.bundle(locale),
                locale, Map.of(ROLE, "@Helpers")::get);
    }

    private static final jakarta.json.JsonObject ROLE_CHANGE = Json.createObjectBuilder()
            .add("before", Json.createObjectBuilder().add("name", "old").addNull("color").add("gone", 3)
                    .add("permissions", Json.createArrayBuilder()))
            .add("after", Json.createObjectBuilder().add("name", "new").add("color", "#ffffff").add("hoist", true)
                    .add("permissions", Json.createArrayBuilder().add("VIEW_CHANNEL").add("KICK_MEMBERS")))
            .build();

    @Test
    void showsEachFieldBeforeAndAfter() {
        assertThat(in(Locale.ENGLISH).lines(ROLE_CHANGE)).containsExactly("colour: none → #ffffff", "gone: was 3",
                "shown separately: yes", "name: old → new", "permissions: none → View channel, Kick members");
    }

    @Test
    void inRussianFieldsValuesAndPermissionsAreRussian() {
        assertThat(in(RU).lines(ROLE_CHANGE)).containsExactly("цвет: нет → #ffffff", "gone: было 3",
                "показывать отдельно: да", "название: old → new",
                "права: нет → Просмотр канала, Исключение участников");
    }

    @Test
    void idsAreNamedTimesAndNumbersInTheLocale() {
        var reorder = Json.createObjectBuilder()
                .add("before", Json.createObjectBuilder().add(ROLE, 1200))
                .add("after", Json.createObjectBuilder().add(ROLE, 2).add("timeoutUntil", "2026-12-07T08:53:00Z"))
                .build();
        assertThat(in(Locale.ENGLISH).lines(reorder)).containsExactly("@Helpers: 1,200 → 2",
                "time-out until: Dec 7, 2026, 8:53 AM UTC");
        assertThat(in(RU).lines(reorder)).containsExactly("@Helpers: 1\u00a0200 → 2",
                "тайм-аут до: 7 дек. 2026 г., 08:53 UTC");
    }

    @Test
    void noChangesNoLines() {
        assertThat(in(Locale.ENGLISH).lines(null)).isEmpty();
        assertThat(in(Locale.ENGLISH).lines(Json.createObjectBuilder().addNull("before").build())).isEmpty();
    }
}
