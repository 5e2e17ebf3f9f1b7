package dev.parley.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The one clock. Everything that asks "what time is it" (expiries, time-outs, rate limits, the
 * gateway's deadlines) asks this bean, so a test can replace it with one it moves by hand.
 */
@ApplicationScoped
public class Clock {

    private final java.time.Clock clock;

    public Clock() {
        this(java.time.Clock.systemUTC());
    }

    public Clock(java.time.Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public OffsetDateTime nowUtc() {
        return OffsetDateTime.ofInstant(now(), ZoneOffset.UTC);
    }

    public long millis() {
        return clock.millis();
    }
}
