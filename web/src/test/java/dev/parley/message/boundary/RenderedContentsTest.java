package dev.parley.message.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.message.control.MessageView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RenderedContentsTest {

    private final List<String> rendered = new ArrayList<>();

    private RenderedContents contents(long maxChars, int maxEntries) {
        return new RenderedContents(content -> {
            rendered.add(content);
            return "<p>" + content + "</p>";
        }, maxChars, maxEntries);
    }

    private static MessageView message(UUID id, String content, Instant editedAt) {
        return new MessageView(id, UUID.randomUUID(), null, content, "default", false, null, Instant.EPOCH, editedAt);
    }

    @Test
    void aVersionIsRenderedOnceAndAnEditIsANewVersion() {
        RenderedContents contents = contents(1_000, 10);
        UUID id = UUID.randomUUID();
        assertThat(contents.of(message(id, "a", null))).isEqualTo("<p>a</p>");
        assertThat(contents.of(message(id, "a", null))).isEqualTo("<p>a</p>");
        assertThat(rendered).containsExactly("a");

        Instant edited = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(contents.of(message(id, "b", edited))).isEqualTo("<p>b</p>");
        assertThat(contents.of(message(id, "b", edited))).isEqualTo("<p>b</p>");
        assertThat(rendered).containsExactly("a", "b");
    }

    @Test
    void theLeastRecentlyUsedLeaveWhenItHoldsTooManyCharacters() {
        RenderedContents contents = contents(30, 100); // each "<p>xxxx</p>" is 11 characters
        UUID one = UUID.randomUUID();
        UUID two = UUID.randomUUID();
        UUID three = UUID.randomUUID();
        contents.of(message(one, "1111", null));
        contents.of(message(two, "2222", null));
        contents.of(message(one, "1111", null)); // used again: now two is the eldest
        contents.of(message(three, "3333", null));
        assertThat(contents.size()).isEqualTo(2);
        contents.of(message(one, "1111", null));
        contents.of(message(two, "2222", null));
        assertThat(rendered).containsExactly("1111", "2222", "3333", "2222");
    }

    @Test
    void andWhenItHoldsTooManyEntries() {
        RenderedContents contents = contents(1_000_000, 3);
        for (int i = 0; i < 10; i++) {
            contents.of(message(UUID.randomUUID(), "m" + i, null));
        }
        assertThat(contents.size()).isEqualTo(3);
    }
}
