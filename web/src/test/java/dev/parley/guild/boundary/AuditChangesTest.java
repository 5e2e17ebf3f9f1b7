package dev.parley.guild.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class AuditChangesTest {

    @Test
    void showsEachFieldBeforeAndAfter() {
        var changes = Json.createObjectBuilder()
                .add("before", Json.createObjectBuilder().add("name", "old").addNull("color").add("gone", 3))
                .add("after", Json.createObjectBuilder().add("name", "new").add("color", "#ffffff").add("hoist", true))
                .build();
        assertThat(AuditChanges.lines(changes)).containsExactly("color: none → #ffffff", "gone: was 3",
                "hoist: true", "name: old → new");
    }

    @Test
    void noChangesNoLines() {
        assertThat(AuditChanges.lines(null)).isEmpty();
        assertThat(AuditChanges.lines(Json.createObjectBuilder().addNull("before").build())).isEmpty();
    }
}
