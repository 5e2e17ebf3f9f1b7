package dev.parley.gateway;

/**
 * What one session keeps for a resume: the last live events it was sent, oldest first, with
 * consecutive {@code seq}s, so a seq is not stored but counted from the first. Each slot is a
 * reference to the event's {@link LiveFrame}, which every recipient shares: keeping an event costs
 * a session 4 bytes, not an object of its own. (At 5,000 recipients × 10 events a second, kept for
 * up to 1,000 events, per-session records were 200 MB that every young collection copied.) The
 * array starts empty and doubles up to the limit, so an idle session holds next to nothing.
 * Not thread-safe: used under the session's lock.
 */
final class SentRing {

    private static final LiveFrame[] EMPTY = new LiveFrame[0];

    private LiveFrame[] items = EMPTY;
    private int head;
    private int size;
    private long firstSeq;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The seq of the oldest event kept; meaningful only when not empty. */
    long firstSeq() {
        return firstSeq;
    }

    /** The {@code i}-th oldest event kept (its seq is {@code firstSeq() + i}). */
    LiveFrame get(int i) {
        return items[(head + i) & (items.length - 1)];
    }

    /**
     * Keeps {@code frame} as event {@code seq}, dropping the oldest beyond {@code max}; a seq that
     * does not follow the last one kept starts afresh (a gap cannot be replayed across).
     */
    void add(long seq, LiveFrame frame, int max) {
        if (max <= 0) {
            return;
        }
        if (size > 0 && seq != firstSeq + size) {
            clear();
        }
        if (size == 0) {
            firstSeq = seq;
        }
        while (size >= max) {
            dropOldest();
        }
        if (size == items.length) {
            grow();
        }
        items[(head + size) & (items.length - 1)] = frame;
        size++;
    }

    /** Drops the events older than {@code oldestMillis}. */
    void dropOlderThan(long oldestMillis) {
        while (size > 0 && items[head].atMillis() < oldestMillis) {
            dropOldest();
        }
    }

    void clear() {
        items = EMPTY;
        head = 0;
        size = 0;
    }

    private void dropOldest() {
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        firstSeq++;
    }

    private void grow() {
        LiveFrame[] bigger = new LiveFrame[Math.max(2, items.length * 2)];
        for (int i = 0; i < size; i++) {
            bigger[i] = get(i);
        }
        items = bigger;
        head = 0;
    }

    @Override
    public String toString() {
        return "SentRing[" + size + " from " + firstSeq + ", capacity " + items.length + "]";
    }
}
