package dev.parley.notify.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.notify.control.Unread;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnreadJsonTest {

    @Test
    void listsEachChannelWithItsScopeLastReadAndCounts() {
        UUID channel = UUID.fromString("01900000-0000-7000-8000-000000000001");
        UUID server = UUID.fromString("01900000-0000-7000-8000-000000000002");
        UUID read = UUID.fromString("01900000-0000-7000-8000-000000000003");
        UUID never = UUID.fromString("01900000-0000-7000-8000-000000000004");
        String json = ReadStateBacking.UnreadJson.of(new Unread(List.of(
                new Unread.ChannelUnread(channel, server, read, 3, 1),
                new Unread.ChannelUnread(never, server, null, 100, 0)), List.of()));
        assertThat(json).isEqualTo("[{\"c\":\"" + channel + "\",\"s\":\"" + server + "\",\"r\":\"" + read
                + "\",\"u\":3,\"m\":1},{\"c\":\"" + never + "\",\"s\":\"" + server + "\",\"r\":null,\"u\":100,\"m\":0}]");
    }

    @Test
    void nothingUnreadIsAnEmptyList() {
        assertThat(ReadStateBacking.UnreadJson.of(new Unread(List.of(), List.of()))).isEqualTo("[]");
    }
}
