package dev.parley.gateway;

/**
 * Follows the frames of one WebSocket connection's incoming byte stream (RFC 6455 §5.2) by their
 * headers alone: it collects each header (2 to 14 bytes), notes the payload length and opcode, and
 * skips the payload by counting. The limit holds for a message sent in fragments too (the JDK's
 * client sends a long text in 16 KiB frames): their lengths are added up. It never copies or unmasks a payload, so it costs a few
 * operations per frame, not per byte. {@link FrameLimitFilter} feeds it each chunk as it arrives.
 */
final class FrameScan {

    /**
     * {@link #scan} found a frame whose header declares a payload over the limit, or a continuation
     * that takes its message over it ({@link #declared()} says how long).
     */
    static final int TOO_BIG = 1;
    /** {@link #scan} found the header of a close frame. */
    static final int CLOSE = 2;

    private static final int OPCODE_CONTINUATION = 0x0;
    private static final int OPCODE_CLOSE = 0x8;

    private final long maxPayload;
    private final byte[] header = new byte[14];
    private int headerBytes;
    private long payloadLeft;
    private long messageBytes;
    private long declared;

    FrameScan(long maxPayload) {
        this.maxPayload = maxPayload;
    }

    /** The payload length (of the message, for a continuation) the last {@link #TOO_BIG} frame declared. */
    long declared() {
        return declared;
    }

    /**
     * Reads the bytes {@code from} (inclusive) to {@code to} (exclusive) of {@code chunk}, the next
     * bytes of the stream, all of them, and answers what their frames' headers showed: {@code 0},
     * or {@link #TOO_BIG} and/or {@link #CLOSE}. A too-big frame's payload is skipped like any other.
     */
    int scan(Bytes chunk, int from, int to) {
        int seen = 0;
        int i = from;
        while (i < to) {
            if (payloadLeft > 0) {
                long skip = Math.min(payloadLeft, to - i);
                i += (int) skip;
                payloadLeft -= skip;
                continue;
            }
            header[headerBytes++] = chunk.get(i++);
            if (headerBytes < 2 || headerBytes < headerLength()) {
                continue;
            }
            long length = payloadLength();
            int opcode = header[0] & 0x0f;
            headerBytes = 0;
            payloadLeft = length;
            long counted = length;
            if (opcode == OPCODE_CONTINUATION) {
                counted = messageBytes = saturatedAdd(messageBytes, length);
            } else if (opcode < OPCODE_CLOSE) {
                messageBytes = length; // a text or binary frame starts a message
            }
            if (counted > maxPayload) {
                declared = counted;
                seen |= TOO_BIG;
            }
            if (opcode == OPCODE_CLOSE) {
                seen |= CLOSE;
            }
        }
        return seen;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private int headerLength() {
        int length7 = header[1] & 0x7f;
        int extended = length7 == 126 ? 2 : length7 == 127 ? 8 : 0;
        int mask = (header[1] & 0x80) != 0 ? 4 : 0;
        return 2 + extended + mask;
    }

    private long payloadLength() {
        int length7 = header[1] & 0x7f;
        if (length7 < 126) {
            return length7;
        }
        int bytes = length7 == 126 ? 2 : 8;
        long length = 0;
        for (int k = 0; k < bytes; k++) {
            length = length << 8 | (header[2 + k] & 0xff);
        }
        return length < 0 ? Long.MAX_VALUE : length; // the most significant bit must be 0; treat it as huge
    }

    /** Random access to a chunk's bytes (a Grizzly buffer in the server, an array in tests). */
    interface Bytes {
        byte get(int index);
    }
}
