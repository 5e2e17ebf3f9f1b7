package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The frame encoder: what a client's WebSocket library decodes from the bytes built once per event. */
class FrameBodyTest {

    /** Decodes one unmasked server text frame the way RFC 6455 says a client must. */
    static String decode(ByteBuffer frame) {
        ByteBuffer b = frame.duplicate();
        int first = b.get() & 0xFF;
        assertThat(first).as("FIN + text opcode").isEqualTo(0x81);
        int second = b.get() & 0xFF;
        assertThat(second & 0x80).as("a server does not mask").isZero();
        long length = second & 0x7F;
        if (length == 126) {
            length = b.getShort() & 0xFFFF;
        } else if (length == 127) {
            length = b.getLong();
        }
        assertThat(b.remaining()).as("payload length in the header").isEqualTo(length);
        byte[] payload = new byte[b.remaining()];
        b.get(payload);
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Test
    void aShortFrameHasATwoByteHeaderAndCarriesTheSeq() {
        FrameBody body = FrameBody.of("message:new", "{\"x\":1}");
        JsonObject frame = GatewayConnectionTest.parse(decode(body.wsFrame(7)));
        assertThat(frame.getJsonNumber("seq").longValue()).isEqualTo(7);
        assertThat(frame.getString("event")).isEqualTo("message:new");
        assertThat(frame.getJsonObject("data").getInt("x")).isEqualTo(1);
        assertThat(body.wsFrame(7).get(1)).as("7-bit length").isLessThan((byte) 126);
    }

    @Test
    void aReplyHasNoSeq() {
        JsonObject frame = GatewayConnectionTest.parse(decode(FrameBody.of("hello", "{}").wsFrame(0)));
        assertThat(frame.containsKey("seq")).isFalse();
        assertThat(frame.getString("event")).isEqualTo("hello");
    }

    @Test
    void mediumAndLargeFramesUseTheExtendedLengths() {
        for (int size : new int[] {100, 126, 1_000, 65_535, 70_000, 300_000}) {
            String text = "é".repeat(size / 2) + "<script>\u0000\"";
            FrameBody body = FrameBody.of("e", GatewayFrame.JSON.createObjectBuilder().add("t", text).build().toString());
            ByteBuffer frame = body.wsFrame(123_456_789L);
            JsonObject parsed = GatewayConnectionTest.parse(decode(frame));
            assertThat(parsed.getJsonObject("data").getString("t")).as("size " + size).isEqualTo(text);
            assertThat(parsed.getJsonNumber("seq").longValue()).isEqualTo(123_456_789L);
            assertThat(body.text(123_456_789L)).isEqualTo(decode(frame));
        }
    }

    @Test
    void eventNamesAreEscaped() {
        JsonObject frame = GatewayConnectionTest.parse(FrameBody.of("a\"b", "{\"x\":[1,2]}").text(3));
        assertThat(frame.getString("event")).isEqualTo("a\"b");
        assertThat(frame.getJsonObject("data").getJsonArray("x")).hasSize(2);
    }

    @Test
    void eachRecipientGetsItsOwnBufferOverTheSharedBytes() {
        FrameBody body = FrameBody.of("e", "{}");
        ByteBuffer one = body.wsFrame(1);
        ByteBuffer two = body.wsFrame(2);
        one.get(); // a sender consuming one buffer must not move the other
        assertThat(two.position()).isZero();
        assertThat(decode(two)).contains("\"seq\":2");
    }
}
