package dev.parley.gateway;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A server-to-client frame rendered once: {@code {"seq":n,"event":...,"data":...}} without its
 * {@code seq}. The UTF-8 bytes of everything after the sequence number are made once per event
 * and shared by every recipient; what a connection adds is its own {@code seq} and the RFC 6455
 * header, copied into one buffer. Replies (acks, errors, hello) have no {@code seq}.
 */
final class FrameBody {

    private static final byte[] SEQ_OPEN = "{\"seq\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NO_SEQ_OPEN = "{".getBytes(StandardCharsets.US_ASCII);

    private final String event;
    /** {@code "event":"…","data":…}} as UTF-8 */
    private final byte[] tail;

    private FrameBody(String event, byte[] tail) {
        this.event = event;
        this.tail = tail;
    }

    /** @param dataJson the event's data object, already JSON */
    static FrameBody of(String event, String dataJson) {
        String tail = "\"event\":" + GatewayFrame.JSON.createValue(event) + ",\"data\":" + dataJson + "}";
        return new FrameBody(event, tail.getBytes(StandardCharsets.UTF_8));
    }

    String event() {
        return event;
    }

    /** The UTF-8 bytes after {@code seq}: what the resume buffer in the data grid keeps of an event. */
    byte[] tail() {
        return tail.clone();
    }

    /** A body read back from the data grid, as {@link #tail()} gave it. */
    static FrameBody restore(String event, byte[] tail) {
        return new FrameBody(event, tail.clone());
    }

    /** The frame's JSON text, with {@code seq} when it is positive. */
    String text(long seq) {
        return new String(payload(seq), StandardCharsets.UTF_8);
    }

    /** The whole WebSocket text frame (FIN, opcode 1, unmasked, as a server sends), ready to write. */
    ByteBuffer wsFrame(long seq) {
        byte[] seqDigits = seq > 0 ? Long.toString(seq).getBytes(StandardCharsets.US_ASCII) : null;
        int payloadLength = (seqDigits == null ? NO_SEQ_OPEN.length : SEQ_OPEN.length + seqDigits.length + 1)
                + tail.length;
        int headerLength = payloadLength < 126 ? 2 : payloadLength <= 0xFFFF ? 4 : 10;
        ByteBuffer frame = ByteBuffer.allocate(headerLength + payloadLength);
        frame.put((byte) 0x81);
        if (payloadLength < 126) {
            frame.put((byte) payloadLength);
        } else if (payloadLength <= 0xFFFF) {
            frame.put((byte) 126).putShort((short) payloadLength);
        } else {
            frame.put((byte) 127).putLong(payloadLength);
        }
        putPayload(frame, seqDigits);
        return frame.flip();
    }

    private byte[] payload(long seq) {
        byte[] seqDigits = seq > 0 ? Long.toString(seq).getBytes(StandardCharsets.US_ASCII) : null;
        ByteBuffer b = ByteBuffer.allocate((seqDigits == null ? 1 : SEQ_OPEN.length + seqDigits.length + 1) + tail.length);
        putPayload(b, seqDigits);
        return b.array();
    }

    private void putPayload(ByteBuffer b, byte[] seqDigits) {
        if (seqDigits == null) {
            b.put(NO_SEQ_OPEN);
        } else {
            b.put(SEQ_OPEN).put(seqDigits).put((byte) ',');
        }
        b.put(tail);
    }
}
