package dev.parley.message.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.identity.control.UserView;
import dev.parley.platform.control.JsonText;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The hand-written JSON is held to what the shared JSON-B mapping (JsonMapping's settings) writes. */
class MessageJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    private static MessageView view(String content, String nonce, Instant created, Instant edited, UserView author) {
        return new MessageView(UUID.randomUUID(), UUID.randomUUID(), author, content, "text", false, nonce, created,
                edited);
    }

    @Test
    void aMessageIsWrittenAsJsonbWritesIt() {
        UserView anna = new UserView(UUID.randomUUID(), "anna", "Anna \"the\" Admin", "https://x.test/a.png");
        MessageView m = view("hello", "n-1", Instant.parse("2026-12-02T06:24:50.907Z"),
                Instant.parse("2026-12-02T06:25:00Z"), anna);

        assertThat(MessageJson.of(m)).isEqualTo(JSONB.toJson(m));
    }

    @Test
    void nullsAreLeftOutAsJsonbLeavesThemOut() {
        MessageView noAuthor = new MessageView(UUID.randomUUID(), UUID.randomUUID(), null, "x", "text", true, null,
                Instant.parse("2026-01-01T00:00:00.000001Z"), null);
        MessageView bare = new MessageView(null, null, new UserView(UUID.randomUUID(), "u", null, null), null, null,
                false, null, null, null);

        assertThat(MessageJson.of(noAuthor)).isEqualTo(JSONB.toJson(noAuthor));
        assertThat(MessageJson.of(bare)).isEqualTo(JSONB.toJson(bare));
    }

    @Test
    void whatPeopleTypeIsEscapedAsJsonbEscapesIt() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            every.append(c);
        }
        List<String> contents = List.of(every.toString(), "<script>alert('x')</script>", "' OR 1=1; --",
                "Привет, мир \u2028\u2029 \u00a0 \u200b", "emoji \uD83D\uDE00 and \\ back \"quoted\"", "",
                "tab\there\r\nline\u0000nul\u001f\u007f");
        for (String content : contents) {
            MessageView m = view(content, content, Instant.now(), null, null);
            assertThat(MessageJson.of(m)).as(content).isEqualTo(JSONB.toJson(m));
        }
    }

    @Test
    void aPageIsTheArrayJsonbWrites() {
        List<MessageView> page = new ArrayList<>();
        UserView bob = new UserView(UUID.randomUUID(), "bob", "Bob", null);
        for (int i = 0; i < 50; i++) {
            page.add(view("message " + i, i % 2 == 0 ? null : "n" + i, Instant.now().plusMillis(i), null, bob));
        }

        assertThat(MessageJson.array(page)).isEqualTo(JSONB.toJson(page));
        assertThat(MessageJson.array(List.of())).isEqualTo("[]");
    }

    @Test
    void instantsAreWrittenAsIsoInstantWritesThem() {
        Random random = new Random(7);
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("1969-12-31T23:59:59.5Z"),
                Instant.parse("2024-02-29T12:00:00.120Z"), Instant.parse("2000-03-01T00:00:00.000100Z"),
                Instant.parse("-0001-06-01T00:00:00Z"), Instant.parse("+10000-01-01T00:00:00Z")));
        for (int i = 0; i < 10_000; i++) {
            long seconds = -62_135_596_800L + (long) (random.nextDouble() * 315_537_897_600.0);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(seconds, nanos));
        }
        for (Instant instant : instants) {
            assertThat(JsonText.instant(new StringBuilder(), instant).toString())
                    .isEqualTo("\"" + DateTimeFormatter.ISO_INSTANT.format(instant) + "\"");
        }
    }

    @Test
    void theNewMessageEventIsWrittenAsJsonbWritesIt() {
        MessageView m = view("hi <there>", "n", Instant.parse("2026-12-02T06:24:50Z"), null,
                new UserView(UUID.randomUUID(), "u", "U", null));
        MessageFanout.NewMessageData data = new MessageFanout.NewMessageData(m, m.channelId());

        assertThat(data.toJson()).isEqualTo(JSONB.toJson(data));
        assertThat(new MessageFanout.NewMessageData(m, null).toJson())
                .isEqualTo(JSONB.toJson(new MessageFanout.NewMessageData(m, null)));
    }

    @Test
    void repliesAndReactionsAreWrittenAsJsonbWritesThem() {
        UserView anna = new UserView(UUID.randomUUID(), "anna", "Anna", null);
        MessageView.ReplyQuote quote = new MessageView.ReplyQuote(anna, "the \"first\" line <b>", false);
        List<MessageView.ReactionCount> reactions = List.of(new MessageView.ReactionCount("\uD83D\uDC4D", 3, true),
                new MessageView.ReactionCount("\u2764\uFE0F", 1, false));
        for (MessageView m : List.of(
                new MessageView(UUID.randomUUID(), UUID.randomUUID(), anna, "re", "text", true, "n",
                        Instant.parse("2026-12-02T06:24:50Z"), null, UUID.randomUUID(), quote, reactions),
                new MessageView(UUID.randomUUID(), UUID.randomUUID(), anna, "re", "text", false, null,
                        Instant.parse("2026-12-02T06:24:50Z"), Instant.parse("2026-12-02T07:00:00Z"), UUID.randomUUID(),
                        MessageView.ReplyQuote.DELETED, List.of()),
                new MessageView(UUID.randomUUID(), UUID.randomUUID(), anna, "re", "text", false, null,
                        Instant.parse("2026-12-02T06:24:50Z"), null, UUID.randomUUID(),
                        new MessageView.ReplyQuote(null, "", false), null))) {
            assertThat(MessageJson.of(m)).isEqualTo(JSONB.toJson(m));
        }
    }

    @Test
    void aBulkDeleteIsWrittenAsJsonbWritesItAndReadBackWhole() {
        // read back as another instance's push sink reads a relayed event
        UUID channel = UUID.randomUUID();
        for (List<UUID> ids : List.of(List.<UUID>of(), List.of(UUID.randomUUID()),
                List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()))) {
            MessageEvents.DeletedBulk bulk = new MessageEvents.DeletedBulk(channel, ids);
            assertThat(bulk.toJson()).isEqualTo(JSONB.toJson(bulk));
            assertThat(JSONB.fromJson(bulk.toJson(), MessageEvents.DeletedBulk.class)).isEqualTo(bulk);
        }
    }

    @Test
    void aViewReadBackFromItsJsonIsTheSameView() {
        // an event relayed from another instance is read back into its record (FacesPushSink's renderers)
        UserView anna = new UserView(UUID.randomUUID(), "anna", "Anna", null);
        MessageView m = new MessageView(UUID.randomUUID(), UUID.randomUUID(), anna, "re", "text", true, "n",
                Instant.parse("2026-12-02T06:24:50Z"), Instant.parse("2026-12-02T07:00:00Z"), UUID.randomUUID(),
                new MessageView.ReplyQuote(anna, "first", false), null);
        MessageEvents.Updated updated = new MessageEvents.Updated(m.channelId(), m);

        assertThat(JSONB.fromJson(updated.toJson(), MessageEvents.Updated.class)).isEqualTo(updated);
        assertThat(JSONB.fromJson(MessageJson.of(m), MessageView.class)).isEqualTo(m);
    }

    @Test
    void theChangeEventsAreWrittenAsJsonbWritesThem() {
        UUID channel = UUID.randomUUID();
        UUID message = UUID.randomUUID();
        MessageView m = new MessageView(message, channel, null, "x", "text", false, null, Instant.parse("2026-12-02T06:24:50Z"),
                Instant.parse("2026-12-02T06:25:50Z"), null, null, List.of(new MessageView.ReactionCount("\u2705", 1, true)));
        for (dev.parley.platform.control.JsonWritable data : List.of(new MessageEvents.Deleted(channel, message),
                new MessageEvents.Pinned(channel, message, true, UUID.randomUUID()),
                new MessageEvents.Reacted(channel, message, "\uD83D\uDC4D\uD83C\uDFFD", UUID.randomUUID(), 2))) {
            assertThat(data.toJson()).isEqualTo(JSONB.toJson(data));
        }
        // an update is the message as everyone sees it: the reader's reactions are left out
        assertThat(new MessageEvents.Updated(channel, m).toJson())
                .isEqualTo(JSONB.toJson(new MessageEvents.Updated(channel, m.forEveryone()))).doesNotContain("reactions");
    }

    @Test
    void theReactionsColumnIsReadAsCounts() {
        assertThat(MessageStore.reactions(null)).isEmpty();
        assertThat(MessageStore.reactions("\uD83D\uDC4D\u001f3\u001f1\u001e\u2705\u001f1\u001f0")).containsExactly(
                new MessageView.ReactionCount("\uD83D\uDC4D", 3, true), new MessageView.ReactionCount("\u2705", 1, false));
    }

    @Test
    void mentionsAreWrittenAsJsonbWritesThem() {
        MessageView m = new MessageView(UUID.randomUUID(), UUID.randomUUID(), null, "@a @b @mods @everyone", "text", false,
                null, Instant.parse("2026-12-02T06:24:50Z"), null, null, null, List.of(),
                List.of(UUID.randomUUID(), UUID.randomUUID()), List.of(UUID.randomUUID()), true);
        assertThat(MessageJson.of(m)).isEqualTo(JSONB.toJson(m));
        assertThat(JSONB.fromJson(MessageJson.of(m), MessageView.class)).isEqualTo(m);
    }
}
