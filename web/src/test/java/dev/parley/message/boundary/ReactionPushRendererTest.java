package dev.parley.message.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.message.control.MessageEvents;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReactionPushRendererTest {

    private static final UUID CHANNEL = UUID.randomUUID();
    private static final UUID MESSAGE = UUID.randomUUID();
    private static final UUID USER = UUID.randomUUID();

    @Test
    void aReactionNoticeSaysWhichMessageEmojiAndWhoWithTheCountAfterwards() {
        MessageEvents.Reacted reacted = new MessageEvents.Reacted(CHANNEL, MESSAGE, "\uD83D\uDC4D", USER, 3);
        Map<String, String> expected = Map.of("messageId", MESSAGE.toString(), "emoji", "\uD83D\uDC4D",
                "userId", USER.toString(), "count", "3");
        assertThat(new ReactionAddPushRenderer().render(reacted)).isEqualTo(expected);
        assertThat(new ReactionRemovePushRenderer().render(reacted)).isEqualTo(expected);
        assertThat(new ReactionAddPushRenderer().event()).isEqualTo("reaction:add");
        assertThat(new ReactionRemovePushRenderer().event()).isEqualTo("reaction:remove");
    }

    @Test
    void aPinNoticeNamesTheMessageAndWhetherItIsPinnedNow() {
        MessagePinPushRenderer renderer = new MessagePinPushRenderer();
        assertThat(renderer.event()).isEqualTo("message:pin");
        assertThat(renderer.render(new MessageEvents.Pinned(CHANNEL, MESSAGE, false, USER)))
                .isEqualTo(Map.of("messageId", MESSAGE.toString(), "pinned", "false"));
    }

    @Test
    void aBulkDeleteNoticeNamesEveryMessageInOneField() {
        MessageDeleteBulkPushRenderer renderer = new MessageDeleteBulkPushRenderer();
        UUID other = UUID.randomUUID();
        assertThat(renderer.event()).isEqualTo("message:delete-bulk");
        assertThat(renderer.render(new MessageEvents.DeletedBulk(CHANNEL, java.util.List.of(MESSAGE, other))))
                .isEqualTo(Map.of("ids", MESSAGE + "," + other));
    }
}
