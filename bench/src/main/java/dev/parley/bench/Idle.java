package dev.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * c. Idle connections: K authenticated connections that only heartbeat, held open; the server's
 * resident memory before and after, per connection. Members of one server (U users, each with
 * K/U connections), so that each connection is subscribed as a real one is.
 */
final class Idle {

    private Idle() {
    }

    static void scenario(Main.Ctx ctx) throws Exception {
        int k = ctx.args.integer("connections", 18_000);
        int users = Math.min(k, ctx.args.integer("users", 500));
        long settleMs = (long) (ctx.args.dbl("settle-seconds", 10) * 1000);
        String kase = k + " connections";
        Subject.Setup setup = ctx.subject.setup(ctx.tag + "i", 1, users);
        Pacer.sleep(3000);
        long heapBefore = ctx.stats.liveHeapKiB();
        long before = ctx.stats.rssKiB();
        List<String> tokens = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            tokens.add(setup.members().get(i % users).token());
        }
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        long t0 = System.nanoTime();
        List<Conn> conns = ctx.gateway.openAll(tokens, ctx.args.integer("inflight", 200),
                ctx.args.lng("connect-timeout", 300), i -> Conn.Listener.IGNORE, failures::add);
        double s = (System.nanoTime() - t0) / 1e9;
        Main.log(String.format("  %d of %d authenticated in %.1f s; holding %d s", conns.size(), k, s, settleMs / 1000));
        Pacer.sleep(settleMs);
        long open = conns.stream().filter(Conn::isOpen).count();
        long after = ctx.stats.rssKiB();
        long heapAfter = ctx.stats.liveHeapKiB();
        ctx.results.add("idle", kase, "authenticated", conns.size(), Integer.toString(k));
        ctx.results.add("idle", kase, "still open after " + settleMs / 1000 + " s", open, Integer.toString(k));
        if (!failures.isEmpty()) {
            ctx.results.add("idle", kase, "failed", failures.size() + " (first: " + failures.get(0) + ")", "0");
        }
        ctx.results.add("idle", kase, "server RSS before (MiB)", before / 1024.0, "");
        ctx.results.add("idle", kase, "server RSS after (MiB)", after / 1024.0, "");
        ctx.results.add("idle", kase, "server RSS per connection (KiB)",
                open == 0 || before < 0 ? Double.NaN : (after - before) / (double) open, "<= 40");
        if (heapBefore >= 0 && heapAfter >= 0) {
            ctx.results.add("idle", kase, "live Java heap after a full GC, before / after (MiB)",
                    Results.num(heapBefore / 1024.0) + " / " + Results.num(heapAfter / 1024.0), "");
            ctx.results.add("idle", kase, "live Java heap per connection (KiB)",
                    open == 0 ? Double.NaN : (heapAfter - heapBefore) / (double) open, "");
        }
        ctx.results.add("idle", kase, "connect + authenticate rate while opening (/s)", conns.size() / s, "");
        ctx.results.add("idle", kase, "closed by server", ctx.gateway.closeSummary(), "");
        ctx.results.add("idle", kase, "errors", ctx.gateway.errorSummary(), "");
        conns.forEach(Conn::abort);
        Pacer.sleep(2000);
    }
}
