package dev.parley.platform.entity;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * The one id generator: time-ordered UUIDv7 (RFC 9562). Ids made later sort after ids made
 * earlier (to the millisecond, and within a millisecond by a counter in this JVM), which is what
 * keyset pagination on {@code (channel_id, id)} relies on.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static long sequence;

    private Ids() {
    }

    public static UUID next() {
        long millis;
        long seq;
        synchronized (Ids.class) {
            millis = System.currentTimeMillis();
            if (millis <= lastMillis) {
                millis = lastMillis;
                sequence++;
                if (sequence > 0xFFF) {
                    // 4096 ids in one millisecond: borrow the next millisecond
                    millis++;
                    sequence = 0;
                }
            } else {
                sequence = 0;
            }
            lastMillis = millis;
            seq = sequence;
        }
        long msb = (millis << 16) | 0x7000L | seq;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** The creation time, in epoch milliseconds, of a UUIDv7. */
    public static long millisOf(UUID id) {
        if (id.version() != 7) {
            throw new IllegalArgumentException("not a UUIDv7: " + id);
        }
        return id.getMostSignificantBits() >>> 16;
    }
}
