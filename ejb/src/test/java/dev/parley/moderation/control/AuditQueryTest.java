package dev.parley.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.platform.control.InvalidInputException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private static void refused(String field, String action, String userId, String before, String limit) {
        assertThatThrownBy(() -> AuditQuery.parse(action, userId, before, limit))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fields()).containsOnlyKeys(field));
    }

    @Test
    void nothingGivenIsTheNewestFiftyOfEveryAction() {
        assertThat(AuditQuery.parse(null, null, null, null)).isEqualTo(new AuditQuery(null, null, null, 50));
        assertThat(AuditQuery.parse("", " ", "", "")).isEqualTo(new AuditQuery(null, null, null, 50));
    }

    @Test
    void everyFilterIsRead() {
        UUID user = UUID.randomUUID();
        UUID before = UUID.randomUUID();
        assertThat(AuditQuery.parse("member.ban", user.toString(), before.toString(), "100"))
                .isEqualTo(new AuditQuery("member.ban", user, before, 100));
        assertThat(AuditQuery.parse("channel.overwrite_update", null, null, "1").action()).isEqualTo("channel.overwrite_update");
    }

    @Test
    void aBadValueIsRefusedNamingItsField() {
        refused("limit", null, null, null, "0");
        refused("limit", null, null, null, "101");
        refused("limit", null, null, null, "ten");
        refused("limit", null, null, null, "99999999999");
        refused("before", null, null, "not-an-id", null);
        refused("before", null, null, "1-2-3-4-5", null);
        refused("userId", null, "42", null, null);
        refused("action", "ban", null, null, null);
        refused("action", "Member.Ban", null, null, null);
        refused("action", "member.ban; drop table", null, null, null);
        refused("action", "a." + "b".repeat(40), null, null, null);
    }
}
