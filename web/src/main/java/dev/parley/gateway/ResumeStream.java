package dev.parley.gateway;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This instance's stream of live events as the data grid sees it: each event delivered here gets
 * the next position and, if any session received it, its body is queued once for the grid. The
 * queue is written in batches ({@link #flush}) off the fan-out thread, so fan-out costs one
 * counter increment and one queue offer per event, never a grid call, and nothing per recipient.
 */
final class ResumeStream {

    /** An instance's stream: new on every start, so positions never collide with an earlier run. */
    private final UUID id = UUID.randomUUID();
    private final AtomicLong position = new AtomicLong();
    private final ConcurrentLinkedQueue<Map.Entry<ResumeRecord.EventKey, FrameBody>> pending =
            new ConcurrentLinkedQueue<>();
    private final ResumeGrid grid;

    ResumeStream(ResumeGrid grid) {
        this.grid = grid;
    }

    UUID id() {
        return id;
    }

    ResumeRecord.EventKey next() {
        return new ResumeRecord.EventKey(id, position.incrementAndGet());
    }

    /** The last position handed out. */
    long position() {
        return position.get();
    }

    /** The event was numbered for at least one session: its body goes to the grid with the next flush. */
    void written(ResumeRecord.EventKey key, FrameBody body) {
        pending.add(Map.entry(key, body));
    }

    /** Writes what is queued, in one batch; synchronized so a record is never written before its events. */
    synchronized void flush() {
        Map<String, byte[]> batch = new HashMap<>();
        for (Map.Entry<ResumeRecord.EventKey, FrameBody> e; (e = pending.poll()) != null;) {
            batch.put(e.getKey().grid(), encode(e.getValue()));
        }
        if (!batch.isEmpty()) {
            grid.putEvents(batch);
        }
    }

    /** Flushes the events, then writes the records (which refer to them). */
    synchronized void checkpoint(Map<String, byte[]> records) {
        flush();
        if (!records.isEmpty()) {
            grid.putSessions(records);
        }
    }

    static byte[] encode(FrameBody body) {
        byte[] tail = body.tail();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(tail.length + 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(body.event());
            out.write(tail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Optional<FrameBody> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
            String event = in.readUTF();
            return Optional.of(FrameBody.restore(event, in.readAllBytes()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
