package dev.parley.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void everySlugIsDocumentedOnceAndReadsBackToItsType() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::slug)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("invalid-input", "malformed-json", "malformed-uri", "bad-request", "malformed-frame",
                        "unknown-event", "already-authenticated", "not-authenticated", "forbidden", "not-found",
                        "method-not-allowed", "not-acceptable", "conflict", "too-large", "unsupported-media-type",
                        "rate-limited", "internal", "unavailable", "local-passwords-off", "invalid-link",
                        "email-not-verified");
        for (ProblemType type : ProblemType.values()) {
            assertThat(ProblemType.ofSlug(type.slug())).contains(type);
            assertThat(type.uri()).isEqualTo("https://parley.dev/problems/" + type.slug());
            assertThat(type.title()).isNotBlank();
            assertThat(type.defaultDetail()).isNotBlank();
        }
        assertThat(ProblemType.ofSlug("no-such-thing")).isEmpty();
    }

    @Test
    void onlyRateLimitsAndUnavailabilityInviteARetry() {
        assertThat(Arrays.stream(ProblemType.values()).filter(ProblemType::retryable))
                .containsExactlyInAnyOrder(ProblemType.RATE_LIMITED, ProblemType.UNAVAILABLE);
        assertThat(ProblemType.RATE_LIMITED.status()).isEqualTo(429);
        assertThat(ProblemType.UNAVAILABLE.status()).isEqualTo(503);
    }

    @Test
    void containerStatusesMapToTheirType() {
        assertThat(ProblemType.forStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ProblemType.forStatus(415)).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertThat(ProblemType.forStatus(400)).isEqualTo(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.forStatus(408)).isEqualTo(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.INTERNAL);
        assertThat(ProblemType.forStatus(503)).isEqualTo(ProblemType.UNAVAILABLE);
    }

    @Test
    void exceptionsTakeTypeTitleAndStatusFromTheVocabulary() {
        ParleyException e = new NotFoundException("No such server.");
        assertThat(e.problemType()).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(e.type()).isEqualTo("not-found");
        assertThat(e.title()).isEqualTo("Not found");
        assertThat(e.status()).isEqualTo(404);
        assertThat(new InvalidInputException("x", Map.of("a", "b")).fields()).containsEntry("a", "b");
        assertThat(new ConflictException("x").status()).isEqualTo(409);
        assertThat(new ForbiddenException("x").status()).isEqualTo(403);
        assertThat(new NotAuthenticatedException("x").status()).isEqualTo(401);
        assertThat(new MalformedJsonException("x").type()).isEqualTo("malformed-json");

        RateLimitedException limited = new RateLimitedException("Slow down.", 0);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.retryAfterSeconds()).as("never 'retry after 0 s'").isEqualTo(1);
        assertThat(limited.retryable()).isTrue();

        UnavailableException unavailable = new UnavailableException(null, new IllegalStateException("batch failed"));
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.retryable()).isTrue();
        assertThat(unavailable.getMessage()).isEqualTo(ProblemType.UNAVAILABLE.defaultDetail());
        assertThat(unavailable.getCause()).hasMessage("batch failed");
    }
}
