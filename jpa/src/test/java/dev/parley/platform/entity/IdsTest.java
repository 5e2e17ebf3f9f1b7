package dev.parley.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreVersion7AndSortInTheOrderTheyWereMade() {
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(Ids.next());
        }
        assertThat(made).allMatch(id -> id.version() == 7 && id.variant() == 2);
        // UUID.compareTo compares signed longs; PostgreSQL compares bytes unsigned. Compare as text,
        // which orders like PostgreSQL's uuid type.
        List<String> asText = made.stream().map(UUID::toString).toList();
        assertThat(asText).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void theCreationTimeCanBeReadBack() {
        long before = System.currentTimeMillis();
        UUID id = Ids.next();
        long after = System.currentTimeMillis();
        assertThat(Ids.millisOf(id)).isBetween(before, after + 1);
    }
}
