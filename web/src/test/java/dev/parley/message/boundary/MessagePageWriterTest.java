package dev.parley.message.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.identity.control.UserView;
import dev.parley.message.control.MessageView;
import dev.parley.message.boundary.MessageSendHandler.MessageAck;
import dev.parley.platform.boundary.JsonWritableWriter;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class MessagePageWriterTest {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    /** What a resource method returning {@code List<MessageView>} hands the writer as its generic type. */
    public List<MessageView> page;
    public List<String> strings;

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    private static MessageView view(String content, String nonce) {
        return new MessageView(UUID.randomUUID(), UUID.randomUUID(),
                new UserView(UUID.randomUUID(), "anna", "Anna <b>", null), content, "text", false, nonce,
                Instant.parse("2026-12-02T06:24:50.907123Z"), null);
    }

    private static Type type(String field) throws NoSuchFieldException {
        return MessagePageWriterTest.class.getField(field).getGenericType();
    }

    @Test
    void aPageIsWrittenAsJsonbWritesIt() throws Exception {
        MessagePageWriter writer = new MessagePageWriter();
        List<MessageView> views = List.of(view("héllo \"you\" \u2028", "n1"), view("</script>", null));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(views, List.class, type("page"), null, MediaType.APPLICATION_JSON_TYPE, null, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSONB.toJson(views));
    }

    @Test
    void aViewWritesItselfAsJsonbWritesIt() throws Exception {
        MessageView view = view("héllo", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonWritableWriter().writeTo(view, MessageView.class, MessageView.class, null,
                MediaType.APPLICATION_JSON_TYPE, null, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSONB.toJson(view));
        assertThat(new JsonWritableWriter().isWriteable(MessageView.class, MessageView.class, null,
                MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(new JsonWritableWriter().isWriteable(UserView.class, UserView.class, null,
                MediaType.APPLICATION_JSON_TYPE)).isFalse();
    }

    @Test
    void onlyListsOfViewsAreTaken() throws Exception {
        MessagePageWriter writer = new MessagePageWriter();
        MediaType json = MediaType.APPLICATION_JSON_TYPE;

        assertThat(writer.isWriteable(List.class, type("page"), null, json)).isTrue();
        assertThat(writer.isWriteable(List.class, type("strings"), null, json)).isFalse();
        assertThat(writer.isWriteable(List.class, List.class, null, json)).isFalse();
        assertThat(writer.isWriteable(MessageView.class, MessageView.class, null, json)).isFalse();
    }

    @Test
    void theAckIsWrittenAsJsonbWritesIt() {
        MessageAck ack = new MessageAck(view("hi", "n-7"), "n-7");
        MessageAck noNonce = new MessageAck(view("hi", null), null);

        assertThat(ack.toJson()).isEqualTo(JSONB.toJson(ack));
        assertThat(noNonce.toJson()).isEqualTo(JSONB.toJson(noNonce));
    }
}
