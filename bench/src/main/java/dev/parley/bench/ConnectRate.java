package dev.parley.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * d. Connect + authenticate rate: {@code inflight} attempts under way at all times for a fixed
 * time; each opens TCP and the WebSocket, authenticates, and is done on {@code authenticated}
 * (then closed cleanly). Completed per second, and the time from TCP connect to authenticated.
 */
final class ConnectRate {

    private ConnectRate() {
    }

    static void scenario(Main.Ctx ctx) throws Exception {
        int inflight = ctx.args.integer("inflight", 50);
        double seconds = ctx.args.dbl("seconds", 10);
        int users = ctx.args.integer("users", 50);
        String kase = inflight + " in flight";
        Subject.Setup setup = ctx.subject.setup(ctx.tag + "c", 1, users);
        // warm-up: a second of the same, not counted
        run(ctx, setup, inflight, 1.5, new ConcurrentHistogram(3_600_000_000L, 3));
        Pacer.sleep(1000);
        ctx.gateway.resetCounters();
        Histogram h = new ConcurrentHistogram(3_600_000_000L, 3);
        ServerStats.Meter cpu = ctx.stats.meter();
        long[] counts = run(ctx, setup, inflight, seconds, h);
        double wall = counts[2] / 1e9;
        ctx.results.add("connect", kase, "completed per second", counts[0] / wall, ">= 400");
        ctx.results.add("connect", kase, "completed / failed", counts[0] + " / " + counts[1], "");
        ctx.results.latencies("connect", kase, "connect to authenticated", h, "");
        ctx.results.add("connect", kase, "server CPU (% of one core)", cpu.percent(), "");
        ctx.results.add("connect", kase, "errors", ctx.gateway.errorSummary(), "");
        Pacer.sleep(2000);
    }

    /** @return completed, failed, nanoseconds from the first attempt to the last completion */
    static long[] run(Main.Ctx ctx, Subject.Setup setup, int inflight, double seconds,
            Histogram h) throws InterruptedException {
        AtomicLong completed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong next = new AtomicLong();
        AtomicLong lastDone = new AtomicLong();
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        CountDownLatch slots = new CountDownLatch(inflight);
        for (int s = 0; s < inflight; s++) {
            attempt(ctx, setup, h, completed, failed, next, lastDone, end, slots);
        }
        slots.await((long) seconds + 60, TimeUnit.SECONDS);
        return new long[] {completed.get(), failed.get(), Math.max(1, lastDone.get() - t0)};
    }

    private static void attempt(Main.Ctx ctx, Subject.Setup setup, Histogram h, AtomicLong completed, AtomicLong failed,
            AtomicLong next, AtomicLong lastDone, long end, CountDownLatch slots) {
        if (System.nanoTime() >= end) {
            slots.countDown();
            return;
        }
        String token = setup.members().get((int) (next.getAndIncrement() % setup.members().size())).token();
        Conn c = ctx.gateway.open(Conn.Listener.IGNORE);
        c.authenticate(token);
        c.authenticated.whenComplete((v, e) -> {
            long now = System.nanoTime();
            if (e == null) {
                h.recordValue(Math.max(0, (now - c.startedNanos) / 1000));
                completed.incrementAndGet();
                lastDone.accumulateAndGet(now, Math::max);
            } else {
                failed.incrementAndGet();
            }
            c.close();
            // the next attempt off the event loop thread that completed this one
            java.util.concurrent.ForkJoinPool.commonPool().execute(
                    () -> attempt(ctx, setup, h, completed, failed, next, lastDone, end, slots));
        });
    }
}
