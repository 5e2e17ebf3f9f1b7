package dev.parley.message.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageLinkTest {

    private static final UUID S = UUID.fromString("0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    private static final UUID C = UUID.fromString("0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c");
    private static final UUID M = UUID.fromString("0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5d");

    @Test
    void aMessageLinkOpensTheChatPageAtItsMessage() {
        MessageLink link = MessageLink.parse("/" + S + "/" + C + "/" + M).orElseThrow();
        assertThat(link).isEqualTo(new MessageLink(S, C, M));
        assertThat(link.page()).isEqualTo("/index.xhtml?server=" + S + "&channel=" + C + "&message=" + M);
        assertThat(link.path()).isEqualTo("/channels/" + S + "/" + C + "/" + M);
    }

    @Test
    void aChannelLinkOpensTheChannel() {
        MessageLink link = MessageLink.parse("/" + S + "/" + C).orElseThrow();
        assertThat(link.message()).isNull();
        assertThat(link.page()).isEqualTo("/index.xhtml?server=" + S + "&channel=" + C);
    }

    @Test
    void anythingElseIsNoLink() {
        assertThat(MessageLink.parse(null)).isEmpty();
        assertThat(MessageLink.parse("")).isEmpty();
        assertThat(MessageLink.parse("/")).isEmpty();
        assertThat(MessageLink.parse("/" + S)).isEmpty();
        assertThat(MessageLink.parse("/" + S + "/")).isEmpty();
        assertThat(MessageLink.parse("/" + S + "/" + C + "/")).isEmpty();
        assertThat(MessageLink.parse("/" + S + "/" + C + "/" + M + "/x")).isEmpty();
        assertThat(MessageLink.parse("/" + S + "/general")).isEmpty();
        assertThat(MessageLink.parse("/1-1-1-1-1/" + C)).as("only the canonical form of an id").isEmpty();
        assertThat(MessageLink.parse("/" + S + "/" + C + "/<script>")).isEmpty();
    }
}
