package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameScanTest {

    private static final int LIMIT = 64 * 1024;

    /** A client's final frame: masked, with the shortest length encoding. */
    private static byte[] frame(int opcode, int payloadLength) {
        return frame(true, opcode, payloadLength);
    }

    private static byte[] frame(boolean fin, int opcode, int payloadLength) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((fin ? 0x80 : 0) | opcode);
        if (payloadLength < 126) {
            out.write(0x80 | payloadLength);
        } else if (payloadLength <= 0xffff) {
            out.write(0x80 | 126);
            out.write(payloadLength >> 8);
            out.write(payloadLength);
        } else {
            out.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) payloadLength >> shift));
            }
        }
        out.write(new byte[] {1, 2, 3, 4}, 0, 4); // mask
        out.write(new byte[payloadLength], 0, payloadLength);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part, 0, part.length);
        }
        return out.toByteArray();
    }

    private static int scan(FrameScan scan, byte[] bytes) {
        return scan.scan(i -> bytes[i], 0, bytes.length);
    }

    @Test
    void framesWithinTheLimitPassWhateverTheirLengthEncoding() {
        FrameScan scan = new FrameScan(LIMIT);
        assertThat(scan(scan, concat(frame(1, 10), frame(1, 200), frame(1, LIMIT), frame(9, 0)))).isEqualTo(0);
    }

    @Test
    void aHeaderOverTheLimitIsSeenBeforeItsPayloadArrives() {
        FrameScan scan = new FrameScan(LIMIT);
        byte[] big = frame(1, LIMIT + 1);
        byte[] headerOnly = java.util.Arrays.copyOf(big, 14); // 2 + 8 length + 4 mask bytes
        assertThat(scan(scan, concat(frame(1, 5), headerOnly))).isEqualTo(FrameScan.TOO_BIG);
        assertThat(scan.declared()).isEqualTo(LIMIT + 1);
    }

    @Test
    void an8MiBFrameUsesTheLongLengthForm() {
        FrameScan scan = new FrameScan(LIMIT);
        byte[] header = {(byte) 0x81, (byte) (0x80 | 127), 0, 0, 0, 0, 0, (byte) 0x80, 0, 0, 1, 2, 3, 4};
        assertThat(scan(scan, header)).isEqualTo(FrameScan.TOO_BIG);
        assertThat(scan.declared()).isEqualTo(8L * 1024 * 1024);
    }

    @Test
    void headersSplitAcrossChunksAndPayloadsSkippedAcrossChunksAreFollowed() {
        FrameScan scan = new FrameScan(LIMIT);
        byte[] stream = concat(frame(1, 300), frame(1, 70_000));
        int bigHeaderEnds = 308 + 14; // 2 + 2 + 4 + 300, then 2 + 8 + 4 header bytes
        for (int i = 0; i < bigHeaderEnds - 1; i++) {
            int seen = scan.scan(k -> stream[k], i, i + 1); // one byte at a time
            assertThat(seen).as("byte %d", i).isEqualTo(0);
        }
        assertThat(scan.scan(k -> stream[k], bigHeaderEnds - 1, bigHeaderEnds)).isEqualTo(FrameScan.TOO_BIG);
    }

    @Test
    void afterATooBigFrameItsPayloadIsSkippedAndTheClientsCloseIsSeen() {
        FrameScan scan = new FrameScan(LIMIT);
        byte[] big = frame(1, 100_000);
        byte[] close = frame(8, 2);
        assertThat(scan(scan, java.util.Arrays.copyOf(big, 20))).as("its header and a little").isEqualTo(FrameScan.TOO_BIG);
        byte[] rest = concat(java.util.Arrays.copyOfRange(big, 20, big.length), close);
        assertThat(scan(scan, rest)).isEqualTo(FrameScan.CLOSE);
    }

    @Test
    void aMessageInFragmentsIsLimitedAsAWhole() {
        FrameScan scan = new FrameScan(LIMIT);
        int k16 = 16 * 1024;
        byte[] withinTheLimit = concat(frame(false, 1, k16), frame(false, 0, k16), frame(false, 0, k16), frame(true, 0, k16));
        assertThat(scan(scan, withinTheLimit)).as("64 KiB in four fragments").isEqualTo(0);
        assertThat(scan(scan, concat(frame(false, 1, k16), frame(9, 3), frame(false, 0, k16)))).as("a ping in between").isEqualTo(0);
        assertThat(scan(scan, frame(false, 0, 2 * k16 + 1))).isEqualTo(FrameScan.TOO_BIG);
        assertThat(scan.declared()).isEqualTo(4L * k16 + 1);
        FrameScan fresh = new FrameScan(LIMIT);
        assertThat(scan(fresh, concat(frame(1, LIMIT), frame(1, LIMIT)))).as("each message counts alone").isEqualTo(0);
    }

    @Test
    void theServersCloseFrameCarries1009AndTheReason() {
        byte[] frame = FrameLimitFilter.closeFrame(1009, "frame too large");
        assertThat(frame[0]).isEqualTo((byte) 0x88);
        assertThat(frame[1]).isEqualTo((byte) 17);
        assertThat(((frame[2] & 0xff) << 8) | (frame[3] & 0xff)).isEqualTo(1009);
        assertThat(new String(frame, 4, frame.length - 4, StandardCharsets.UTF_8)).isEqualTo("frame too large");
    }
}
