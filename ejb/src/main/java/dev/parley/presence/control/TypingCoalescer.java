package dev.parley.presence.control;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets one {@code typing:start} per user and channel through per window; the repeats a client
 * sends while its user goes on typing are dropped here, before any fan-out. Per instance: a client
 * whose repeats land on two instances may be published twice, which is harmless. Entries older than
 * the window are swept at most once per window, so the map holds only who typed lately.
 */
final class TypingCoalescer {

    private record Key(UUID user, UUID channel) {
    }

    private final long windowMillis;
    private final Map<Key, Long> lastPublished = new ConcurrentHashMap<>();
    private volatile long sweptAt = Long.MIN_VALUE;

    TypingCoalescer(long windowMillis) {
        this.windowMillis = windowMillis;
    }

    /** True when this start is to be published: the first of the user in the channel for a window. */
    boolean admit(UUID user, UUID channel, long nowMillis) {
        boolean[] admitted = {false};
        lastPublished.compute(new Key(user, channel), (k, at) -> {
            if (at == null || nowMillis - at >= windowMillis) {
                admitted[0] = true;
                return nowMillis;
            }
            return at;
        });
        if (sweptAt == Long.MIN_VALUE || nowMillis - sweptAt >= windowMillis) {
            sweptAt = nowMillis;
            lastPublished.values().removeIf(at -> nowMillis - at >= windowMillis);
        }
        return admitted[0];
    }

    /** The user's message arrived: their next start in the channel is news again. */
    void forget(UUID user, UUID channel) {
        lastPublished.remove(new Key(user, channel));
    }

    int size() {
        return lastPublished.size();
    }
}
