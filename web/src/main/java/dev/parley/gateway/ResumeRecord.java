package dev.parley.gateway;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the data grid keeps of one gateway session so that any instance can resume it: who it is,
 * its servers, the last {@code seq} it numbered and, for each live event it still keeps, the event's
 * position in the stream of the instance that delivered it (the event bodies are stored once per
 * event, under that position, by {@link ResumeStream}). Encoded by hand into a few bytes per kept
 * event — varint deltas, no class of ours in the grid — so the grid never needs the application's
 * classes and a thousand kept events cost a few kilobytes.
 *
 * @param coveredStream the stream of the instance that wrote this record
 * @param coveredPos every event of that stream up to this position that was meant for the session is in {@code kept}
 * @param writtenAt when the record was written (the writer's clock)
 * @param detachedAt when the socket dropped, or -1 if it was attached when written
 */
record ResumeRecord(UUID userId, Set<UUID> servers, long tokenExpiresAt, long seq, List<Kept> kept,
        UUID coveredStream, long coveredPos, long writtenAt, long detachedAt) {

    private static final int VERSION = 1;

    /** Where a live event's body lives in the grid: a position in one instance's stream. */
    record EventKey(UUID stream, long pos) {

        String grid() {
            return stream + "/" + pos;
        }
    }

    /** One kept event of the session: its {@code seq} follows from its place in {@code kept}. */
    record Kept(EventKey key, long atMillis) {
    }

    ResumeRecord {
        servers = Set.copyOf(servers);
        kept = List.copyOf(kept);
    }

    /** The {@code seq} of the oldest kept event (one past {@code seq} when none is kept). */
    long firstSeq() {
        return seq - kept.size() + 1;
    }

    /** True when every event after {@code lastSeq} is kept: a resume from there misses nothing the record knows of. */
    boolean canResumeAfter(long lastSeq) {
        return lastSeq >= firstSeq() - 1 && lastSeq <= seq;
    }

    /** The kept events after {@code lastSeq}, oldest first. */
    List<Kept> after(long lastSeq) {
        int from = (int) (lastSeq - firstSeq() + 1);
        return kept.subList(Math.max(0, from), kept.size());
    }

    /** Written into a plain array (no streams: a checkpoint encodes a thousand of these a second). */
    byte[] encode() {
        Bytes out = new Bytes(80 + servers.size() * 16 + kept.size() * 5);
        out.put(VERSION);
        out.uuid(userId);
        out.putLong(tokenExpiresAt);
        out.putLong(seq);
        out.uuid(coveredStream);
        out.putLong(coveredPos);
        out.putLong(writtenAt);
        out.putLong(detachedAt);
        out.varint(servers.size());
        for (UUID s : servers) {
            out.uuid(s);
        }
        // the streams the kept events came from: usually one, two after a takeover
        List<UUID> table = new ArrayList<>(2);
        for (Kept k : kept) {
            if (!table.contains(k.key().stream())) {
                table.add(k.key().stream());
            }
        }
        out.varint(table.size());
        for (UUID s : table) {
            out.uuid(s);
        }
        out.varint(kept.size());
        long pos = 0;
        long at = writtenAt;
        UUID last = null;
        int index = 0;
        for (Kept k : kept) {
            if (k.key().stream() != last) {
                last = k.key().stream();
                index = table.indexOf(last);
            }
            out.varint(index);
            out.varint(zigzag(k.key().pos() - pos));
            out.varint(zigzag(k.atMillis() - at));
            pos = k.key().pos();
            at = k.atMillis();
        }
        return out.bytes();
    }

    /** A growable byte array, big-endian like {@link DataInputStream} reads. */
    private static final class Bytes {
        private byte[] b;
        private int n;

        Bytes(int capacity) {
            b = new byte[capacity];
        }

        void put(int v) {
            if (n == b.length) {
                b = Arrays.copyOf(b, b.length * 2);
            }
            b[n++] = (byte) v;
        }

        void putLong(long v) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                put((int) (v >>> shift));
            }
        }

        void uuid(UUID id) {
            putLong(id.getMostSignificantBits());
            putLong(id.getLeastSignificantBits());
        }

        void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                put((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            put((int) v);
        }

        byte[] bytes() {
            return Arrays.copyOf(b, n);
        }
    }

    /** The record those bytes hold; empty when they are not one (another version, say). */
    static Optional<ResumeRecord> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readByte() != VERSION) {
                return Optional.empty();
            }
            UUID user = uuid(in);
            long tokenExpiresAt = in.readLong();
            long seq = in.readLong();
            UUID coveredStream = uuid(in);
            long coveredPos = in.readLong();
            long writtenAt = in.readLong();
            long detachedAt = in.readLong();
            int serverCount = (int) varint(in);
            Set<UUID> servers = new LinkedHashSet<>();
            for (int i = 0; i < serverCount; i++) {
                servers.add(uuid(in));
            }
            int streamCount = (int) varint(in);
            List<UUID> table = new ArrayList<>();
            for (int i = 0; i < streamCount; i++) {
                table.add(uuid(in));
            }
            int n = (int) varint(in);
            List<Kept> kept = new ArrayList<>(n);
            long pos = 0;
            long at = writtenAt;
            for (int i = 0; i < n; i++) {
                UUID stream = table.get((int) varint(in));
                pos += unzigzag(varint(in));
                at += unzigzag(varint(in));
                kept.add(new Kept(new EventKey(stream, pos), at));
            }
            return Optional.of(new ResumeRecord(user, servers, tokenExpiresAt, seq, kept, coveredStream, coveredPos,
                    writtenAt, detachedAt));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static UUID uuid(DataInputStream in) throws IOException {
        return new UUID(in.readLong(), in.readLong());
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static long varint(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("varint too long");
    }
}
