package dev.parley.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.channel.entity.ChannelType;
import dev.parley.permission.control.ServerFacts.ChannelFact;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.RateLimitedException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlowModeCheckTest {

    /** A clock moved by hand. */
    static final class HandClock extends java.time.Clock {
        Instant now = Instant.parse("2030-01-01T12:00:00Z");

        void advanceMillis(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final UUID server = UUID.randomUUID();
    private final UUID anna = UUID.randomUUID();
    private final UUID ben = UUID.randomUUID();
    private final UUID mod = UUID.randomUUID();
    private final HandClock time = new HandClock();
    private final SlowModeCheck check = new SlowModeCheck(new Clock(time), (user, channel) -> user.equals(mod));

    private ChannelFact channel(int seconds) {
        return new ChannelFact(UUID.randomUUID(), server, null, ChannelType.TEXT, seconds);
    }

    @Test
    void aSecondPostWithinTheIntervalIsRefusedSayingWhenTheMemberMayPostAgain() {
        ChannelFact slow = channel(10);
        check.check(anna, slow, "one");
        time.advanceMillis(3_000);
        assertThatThrownBy(() -> check.check(anna, slow, "two")).isInstanceOfSatisfying(RateLimitedException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("Slow mode: you can post again in 7 s.");
            assertThat(e.retryAfterSeconds()).isEqualTo(7);
        });
    }

    @Test
    void aRefusedPostDoesNotCountSoTheMemberPostsOnceTheIntervalSinceTheirLastPostIsOver() {
        ChannelFact slow = channel(10);
        check.check(anna, slow, "one");
        time.advanceMillis(9_000);
        assertThatThrownBy(() -> check.check(anna, slow, "too soon")).isInstanceOf(RateLimitedException.class);
        time.advanceMillis(1_000);
        assertThatCode(() -> check.check(anna, slow, "two")).doesNotThrowAnyException();
        time.advanceMillis(9_999);
        assertThatThrownBy(() -> check.check(anna, slow, "three")).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.getMessage()).isEqualTo("Slow mode: you can post again in 1 s."));
    }

    @Test
    void itCountsPerMemberAndPerChannel() {
        ChannelFact slow = channel(60);
        ChannelFact other = channel(60);
        check.check(anna, slow, "one");
        assertThatCode(() -> check.check(ben, slow, "ben's first")).doesNotThrowAnyException();
        assertThatCode(() -> check.check(anna, other, "anna elsewhere")).doesNotThrowAnyException();
        assertThatThrownBy(() -> check.check(anna, slow, "again")).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void withoutSlowModeAndForThoseWhoManageMessagesNothingIsRefusedOrRemembered() {
        ChannelFact free = channel(0);
        ChannelFact slow = channel(30);
        for (int i = 0; i < 5; i++) {
            check.check(anna, free, "chatty");
            check.check(mod, slow, "moderator");
        }
        assertThat(check.tracked()).isZero();
    }

    @Test
    void aLongerWaitIsRoundedUpToWholeSeconds() {
        ChannelFact slow = channel(21_600);
        check.check(anna, slow, "one");
        time.advanceMillis(500);
        assertThatThrownBy(() -> check.check(anna, slow, "two")).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfterSeconds()).isEqualTo(21_600));
    }

    @Test
    void theMemoryStaysBoundedForgettingWhatCanNoLongerRefuseAnything() {
        ChannelFact slow = channel(5);
        for (int i = 0; i <= SlowModeCheck.MAX_TRACKED; i++) {
            check.check(UUID.randomUUID(), slow, "hi");
        }
        time.advanceMillis(SlowModeCheck.LONGEST_MILLIS);
        check.check(anna, slow, "later");
        assertThat(check.tracked()).isEqualTo(1);
    }
}
