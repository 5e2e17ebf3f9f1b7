package dev.parley.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaCheckTest {

    @Test
    void aMappingThatMatchesHasNoProblems() {
        var schema = Map.of("users", Set.of("id", "email", "bio"));
        assertThat(SchemaCheck.missing(Map.of("users", Set.of("id", "email")), schema)).isEmpty();
    }

    @Test
    void missingTablesAndColumnsAreNamed() {
        var schema = Map.of("users", Set.of("id", "email"));
        var mapped = Map.of("users", Set.of("id", "nickname"), "servers", Set.of("id"));
        assertThat(SchemaCheck.missing(mapped, schema)).containsExactly("servers", "users.nickname");
    }
}
