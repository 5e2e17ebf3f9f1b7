package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsTheTopLevelOfAFrameAndFieldsInsideData() {
        Json.Frame f = Json.frame("{\"event\": \"message:new\", \"data\": {\"message\": {\"content\": \"say \\\"nonce\\\": \\\"x\\\"\","
                + " \"nonce\": \"f-12\", \"seq\": 99}, \"channelId\": \"c\"}, \"seq\": 42}");
        assertThat(f.event()).isEqualTo("message:new");
        assertThat(f.seq()).isEqualTo(42);
        assertThat(f.str("nonce")).isEqualTo("f-12");
        assertThat(f.str("content")).isEqualTo("say \"nonce\": \"x\"");
        assertThat(f.str("missing")).isNull();
    }

    @Test
    void unknownAndOddFramesAreHarmless() {
        assertThat(Json.frame("{\"event\":\"hello\",\"data\":{\"heartbeatInterval\":41250}}").num("heartbeatInterval", 0))
                .isEqualTo(41250);
        assertThat(Json.frame("not json").event()).isNull();
        assertThat(Json.frame("{\"data\":null}").str("x")).isNull();
    }

    @Test
    void seededIdsAreTimeOrderedVersion7Uuids() {
        long base = 1_700_000_000_000L;
        UUID a = UUID.fromString(History.seededId(base, 1));
        UUID b = UUID.fromString(History.seededId(base, 10_000_000));
        assertThat(a.version()).isEqualTo(7);
        assertThat(a.variant()).isEqualTo(2);
        assertThat(a.toString()).isLessThan(b.toString());
    }

    @Test
    void reportComparesWithTheTarget() {
        assertThat(Report.meets("40", "30", "<= 1.5x reference")).isEqualTo("yes");
        assertThat(Report.meets("3500", "30", "<= 1.5x reference")).isEqualTo("**no**");
        assertThat(Report.meets("0", null, "0")).isEqualTo("yes");
        assertThat(Report.meets("120", null, ">= 400")).isEqualTo("**no**");
        assertThat(Report.ratio("3", "2")).isEqualTo("1.50");
    }
}
