package dev.parley.moderation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeoutNoticeBackingTest {

    private static final Instant END = Instant.parse("2026-03-05T14:07:42Z");

    @Test
    void theEndOfATimeOutReadsInThePagesLanguageUntilTheScriptPutsItInTheReadersZone() {
        assertThat(TimeoutNoticeBacking.inUtc(END, Locale.ENGLISH)).startsWith("Mar 5, 2026").contains("2:07")
                .endsWith("PM UTC");
        assertThat(TimeoutNoticeBacking.inUtc(END, Locale.forLanguageTag("ru"))).startsWith("5 мар")
                .endsWith("14:07 UTC");
    }
}
