package dev.parley.message.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.message.control.MessageView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When the chat page shows the channel's welcome above the list, and how far a linked page reaches. */
class MessageListBackingTest {

    private static final UUID CHANNEL = UUID.randomUUID();

    /** A page of count messages, newest first, with time-ordered ids as the database gives them. */
    private static List<MessageView> page(int count) {
        List<MessageView> page = new ArrayList<>();
        for (int i = count; i > 0; i--) {
            UUID id = new UUID(0x0199_0000_0000_7000L + ((long) i << 16), 0x8000_0000_0000_0000L | i);
            page.add(new MessageView(id, CHANNEL, null, "m" + i, "default", false, null, Instant.EPOCH, null));
        }
        return page;
    }

    @Test
    void theNewestPageReachesTheStartWhenItIsNotFull() {
        assertThat(MessageListBacking.reachesStart(List.of(), null)).as("an empty channel").isTrue();
        assertThat(MessageListBacking.reachesStart(page(49), null)).isTrue();
        assertThat(MessageListBacking.reachesStart(page(50), null)).as("there may be older ones").isFalse();
    }

    @Test
    void aPageAroundAMessageCountsOnlyTheOlderHalfForTheStart() {
        List<MessageView> page = page(35);
        UUID tenth = page.get(25).id(); // 25 newer above it, 10 from it down to the first
        assertThat(MessageListBacking.newer(page, tenth)).isEqualTo(25);
        assertThat(MessageListBacking.reachesStart(page, tenth)).isTrue();

        List<MessageView> full = page(50);
        UUID middle = full.get(25).id();
        assertThat(MessageListBacking.reachesStart(full, middle)).as("25 older asked, 25 found").isFalse();

        List<MessageView> nearNewest = page(30);
        UUID recent = nearNewest.get(5).id(); // 5 newer: 45 older asked, 25 found
        assertThat(MessageListBacking.newer(nearNewest, recent)).isEqualTo(5);
        assertThat(MessageListBacking.reachesStart(nearNewest, recent)).isTrue();
    }

    @Test
    void aLinkedMessageDeletedMeanwhileIsPlacedByItsId() {
        List<MessageView> page = page(40);
        UUID gone = new UUID(page.get(10).id().getMostSignificantBits() - 1, 0x8000_0000_0000_0000L); // just before m30
        assertThat(MessageListBacking.newer(page, gone)).as("m30 to m40").isEqualTo(11);
    }
}
