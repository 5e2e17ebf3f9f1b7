package dev.parley.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.platform.control.RateLimitedException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottlesTest {

    private final Throttles throttles = new Throttles();

    {
        throttles.limit(Throttle.LOGIN_ACCOUNT, new Throttle.Limit(3, Duration.ofMinutes(10)));
        throttles.limit(Throttle.REGISTER_IP, new Throttle.Limit(2, Duration.ofMinutes(10)));
    }

    @Test
    void onlyFailedAttemptsUseTheLimitUpThenEveryAttemptIsRefused() {
        for (int i = 0; i < 10; i++) {
            throttles.attempt(Throttle.LOGIN_ACCOUNT, "anna").succeeded();
        }
        assertThat(throttles.attempt(Throttle.LOGIN_ACCOUNT, "anna").wasLast()).isFalse();
        assertThat(throttles.attempt(Throttle.LOGIN_ACCOUNT, "ANNA ").wasLast()).isFalse();
        assertThat(throttles.attempt(Throttle.LOGIN_ACCOUNT, "anna").wasLast()).as("the third failure").isTrue();
        assertThatThrownBy(() -> throttles.attempt(Throttle.LOGIN_ACCOUNT, "anna"))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfterSeconds()).isBetween(1L, 200L); // one of 3 tokens per 10 minutes
                });
        throttles.attempt(Throttle.LOGIN_ACCOUNT, "ben").succeeded();
    }

    @Test
    void checkCountsEveryAttempt() {
        throttles.check(Throttle.REGISTER_IP, "10.0.0.1");
        throttles.check(Throttle.REGISTER_IP, "10.0.0.1");
        assertThatThrownBy(() -> throttles.check(Throttle.REGISTER_IP, "10.0.0.1"))
                .isInstanceOf(RateLimitedException.class).hasMessageContaining("Try again in");
        throttles.check(Throttle.REGISTER_IP, "10.0.0.2");
        for (int i = 0; i < 5; i++) {
            throttles.check(Throttle.REGISTER_IP, null);
        }
    }

    @Test
    void aLimitIsCountSlashSeconds() {
        assertThat(Throttle.Limit.parse("k", " 10 / 900 ")).isEqualTo(new Throttle.Limit(10, Duration.ofSeconds(900)));
        for (String bad : new String[] {"", "10", "0/10", "10/0", "-1/5", "ten/60", "1/2/3"}) {
            assertThatThrownBy(() -> Throttle.Limit.parse("parley.throttle.x", bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parley.throttle.x");
        }
    }
}
