package dev.parley.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.StrictJson;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MemberUpdateTest {

    private static MemberUpdate read(String json) {
        return MemberUpdate.of(StrictJson.parse(new StringReader(json)));
    }

    private static void refused(String json, String field) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fields()).containsOnlyKeys(field));
    }

    @Test
    void anAbsentFieldIsLeftAsItIsAndNullClearsIt() {
        assertThat(read("{\"nick\":\"Anna\"}")).isEqualTo(new MemberUpdate(false, null, true, "Anna"));
        assertThat(read("{\"nick\":null}")).isEqualTo(new MemberUpdate(false, null, true, null));
        assertThat(read("{\"timeoutUntil\":null}")).isEqualTo(new MemberUpdate(true, null, false, null));
        assertThat(read("{\"timeoutUntil\":\"2030-01-01T12:00:00Z\",\"nick\":\"\"}"))
                .isEqualTo(new MemberUpdate(true, Instant.parse("2030-01-01T12:00:00Z"), true, ""));
        assertThat(read("{\"timeoutUntil\":\"2030-01-01T14:00:00+02:00\"}").timeoutUntil())
                .isEqualTo(Instant.parse("2030-01-01T12:00:00Z"));
    }

    @Test
    void wrongTypesAndEmptyBodiesAreRefusedNamingTheField() {
        refused("{\"timeoutUntil\":\"tomorrow\"}", "timeoutUntil");
        refused("{\"timeoutUntil\":1893456000}", "timeoutUntil");
        refused("{\"nick\":5}", "nick");
        refused("{}", "body");
        refused("{\"other\":1}", "body");
    }

    @Test
    void aNicknameIsStrippedAtMost32CharactersAndBlankClearsIt() {
        assertThat(ModerationService.checkedNick("  Anna  ")).isEqualTo("Anna");
        assertThat(ModerationService.checkedNick("   ")).isNull();
        assertThat(ModerationService.checkedNick("\u200B")).isNull();
        assertThat(ModerationService.checkedNick("x".repeat(32))).hasSize(32);
        assertThat(ModerationService.checkedNick("\uD83D\uDE00".repeat(32))).hasSize(64);
        assertThatThrownBy(() -> ModerationService.checkedNick("x".repeat(33)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fields()).containsOnlyKeys("nick"));
        assertThatThrownBy(() -> ModerationService.checkedNick("a\u0000b"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fields()).containsOnlyKeys("nick"));
    }
}
