package dev.parley.platform.control;

import java.util.Map;

/**
 * Too many requests: {@code rate-limited}, 429. It carries how long to wait; REST answers it as the
 * {@code Retry-After} header, the gateway as the error event's {@code retryAfter}.
 */
public class RateLimitedException extends ParleyException {

    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public RateLimitedException(String detail, long retryAfterSeconds) {
        super(ProblemType.RATE_LIMITED, detail, Map.of());
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Whole seconds to wait before trying again, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
