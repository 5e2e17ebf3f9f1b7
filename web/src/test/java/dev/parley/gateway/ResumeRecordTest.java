package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The session record the data grid keeps: what a resume may ask of it, and that it stays small. */
class ResumeRecordTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    private static ResumeRecord record(long seq, List<ResumeRecord.Kept> kept) {
        return new ResumeRecord(UUID.randomUUID(), Set.of(UUID.randomUUID(), UUID.randomUUID()), 1_900_000_000_000L,
                seq, kept, A, 9_999, 1_800_000_000_000L, 1_799_999_999_000L);
    }

    @Test
    void itReadsBackExactlyAsWrittenEvenWithEventsFromTwoStreams() {
        List<ResumeRecord.Kept> kept = List.of(new ResumeRecord.Kept(new ResumeRecord.EventKey(A, 500), 1_799_999_990_000L),
                new ResumeRecord.Kept(new ResumeRecord.EventKey(A, 12_345_678_901L), 1_799_999_995_000L),
                new ResumeRecord.Kept(new ResumeRecord.EventKey(B, 3), 1_800_000_001_000L)); // after a takeover
        ResumeRecord written = record(42, kept);
        assertThat(ResumeRecord.decode(written.encode())).contains(written);
    }

    @Test
    void aResumeMustStartWithinWhatIsKept() {
        List<ResumeRecord.Kept> kept = new ArrayList<>();
        for (long p = 1; p <= 3; p++) {
            kept.add(new ResumeRecord.Kept(new ResumeRecord.EventKey(A, p * 10), 0));
        }
        ResumeRecord r = record(7, kept); // seq 5, 6, 7 are kept
        assertThat(r.firstSeq()).isEqualTo(5);
        assertThat(r.canResumeAfter(3)).as("seq 4 is gone").isFalse();
        assertThat(r.canResumeAfter(4)).isTrue();
        assertThat(r.canResumeAfter(7)).as("nothing missed").isTrue();
        assertThat(r.canResumeAfter(8)).as("a seq never sent").isFalse();
        assertThat(r.after(5)).extracting(k -> k.key().pos()).containsExactly(20L, 30L);
        assertThat(r.after(7)).isEmpty();
        assertThat(record(0, List.of()).canResumeAfter(0)).as("a session that got nothing yet").isTrue();
    }

    @Test
    void aThousandKeptEventsCostAFewKilobytes() {
        List<ResumeRecord.Kept> kept = new ArrayList<>();
        long pos = 1_000_000;
        long at = 1_799_999_880_000L;
        for (int i = 0; i < 1000; i++) {
            pos += 1 + i % 7; // this session gets most of its instance's events
            at += 100;
            kept.add(new ResumeRecord.Kept(new ResumeRecord.EventKey(A, pos), at));
        }
        byte[] bytes = record(5000, kept).encode();
        assertThat(bytes.length).isLessThan(4_500);
        assertThat(ResumeRecord.decode(bytes).orElseThrow().kept()).isEqualTo(kept);
    }

    @Test
    void bytesThatAreNoRecordAreNone() {
        assertThat(ResumeRecord.decode(new byte[] {9, 1, 2})).isEmpty();
        assertThat(ResumeRecord.decode(new byte[0])).isEmpty();
    }

    @Test
    void anEventBodyReadsBackAsTheSameFrame() {
        FrameBody body = FrameBody.of("message:new", "{\"content\":\"h\u00e9llo\"}");
        assertThat(ResumeStream.decode(ResumeStream.encode(body)).orElseThrow().text(7)).isEqualTo(body.text(7));
    }
}
