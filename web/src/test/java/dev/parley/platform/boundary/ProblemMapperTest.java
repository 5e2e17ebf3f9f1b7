package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.UnavailableException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void aBusinessProblemKeepsItsTypeStatusAndFields() {
        Problem p = ProblemMapper.problemFor(new InvalidInputException("Some fields are not valid.",
                Map.of("content", "must not contain NUL characters")));
        assertThat(p.type()).isEqualTo("https://parley.dev/problems/invalid-input");
        assertThat(p.title()).isEqualTo("Invalid input");
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.fields()).containsExactly(Map.entry("content", "must not contain NUL characters"));
    }

    @Test
    void containerStatusesGetTheirTypeAndKeepTheirStatus() {
        assertThat(ProblemMapper.forStatus(405).type()).endsWith("/method-not-allowed");
        assertThat(ProblemMapper.forStatus(413).type()).endsWith("/too-large");
        Problem timeout = ProblemMapper.forStatus(408);
        assertThat(timeout.type()).endsWith("/bad-request");
        assertThat(timeout.status()).isEqualTo(408);
        assertThat(timeout.fields()).isNull();
    }

    @Test
    void aFailedWriteIsA503NotAnIncident() {
        Problem p = ProblemMapper.problemFor(new UnavailableException("The message could not be stored; send it again."));
        assertThat(p.status()).isEqualTo(503);
        assertThat(p.type()).endsWith("/unavailable");
        assertThat(p.detail()).doesNotContain("Incident");
    }

    @Test
    void anythingUnexpectedIsAnInternalErrorWithAnIncidentIdOnly() {
        Problem p = ProblemMapper.problemFor(new IllegalStateException("secret detail"));
        assertThat(p.status()).isEqualTo(500);
        assertThat(p.type()).endsWith("/internal");
        assertThat(p.detail()).contains("Incident").doesNotContain("secret detail");
    }
}
