package dev.parley.bench;

import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/** Calls {@code send(i)} for i = 0..count-1 at a steady rate on the calling thread (open loop). */
final class Pacer {

    private Pacer() {
    }

    /**
     * @return seconds it took; a sender that falls behind catches up at once (the latency it
     *         causes is then in the figures, not hidden)
     */
    static double run(double perSecond, int count, IntConsumer send) {
        long interval = (long) (1e9 / perSecond);
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = t0 + i * interval;
            for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
                LockSupport.parkNanos(due - now);
            }
            send.accept(i);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code done} holds or {@code ms} pass; true if it holds. */
    static boolean await(java.util.function.BooleanSupplier done, long ms) {
        long deadline = System.currentTimeMillis() + ms;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            sleep(20);
        }
        return true;
    }
}
