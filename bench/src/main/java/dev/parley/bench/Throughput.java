package dev.parley.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * b. Durable throughput: C channels (one server each) of M members, every member sending in
 * turn, stepped total rates. Per step: ack latency (send to {@code message:ack}), messages
 * acknowledged, deliveries of {@code message:new} (M per message), lost (not acked, or not
 * delivered to every member, within the drain time). The answer is the highest step with ack
 * p99 &lt;= 50 ms and nothing lost; stepping stops once a step is hopelessly overloaded.
 */
final class Throughput {

    static final class Step {
        final String prefix;
        final AtomicLongArray sent;
        final AtomicIntegerArray acked;
        final AtomicIntegerArray delivered;
        final Histogram ack = new ConcurrentHistogram(3_600_000_000L, 3);
        final AtomicLong acks = new AtomicLong();
        final AtomicLong deliveries = new AtomicLong();

        Step(String prefix, int count) {
            this.prefix = prefix;
            sent = new AtomicLongArray(count);
            acked = new AtomicIntegerArray(count);
            delivered = new AtomicIntegerArray(count);
        }

        int index(String nonce) {
            if (nonce == null || !nonce.startsWith(prefix)) {
                return -1;
            }
            try {
                int i = Integer.parseInt(nonce, prefix.length(), nonce.length(), 10);
                return i < sent.length() ? i : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    private Throughput() {
    }

    static void scenario(Main.Ctx ctx) throws Exception {
        int channels = ctx.args.integer("channels", 100);
        int per = ctx.args.integer("per-channel", 5);
        List<Double> steps = ctx.args.list("steps", "100,300,1000,2000,3000,4000");
        double seconds = ctx.args.dbl("step-seconds", 15);
        double giveUpMs = ctx.args.dbl("give-up-p99-ms", 2000);
        String kase0 = channels + " channels x " + per;
        Subject.Setup setup = ctx.subject.setup(ctx.tag + "t", channels, per);
        Step[] current = new Step[1];
        Conn.Listener listener = (c, f, t) -> {
            String e = f.event();
            if (e == null) {
                return;
            }
            Step s = current[0];
            if (s == null) {
                return;
            }
            if (e.equals("message:ack")) {
                int i = s.index(f.str("nonce"));
                if (i >= 0 && s.acked.getAndIncrement(i) == 0) {
                    s.ack.recordValue(Math.max(0, (t - s.sent.get(i)) / 1000));
                    s.acks.incrementAndGet();
                }
            } else if (e.equals("message:new")) {
                int i = s.index(f.str("nonce"));
                if (i >= 0) {
                    s.delivered.incrementAndGet(i);
                    s.deliveries.incrementAndGet();
                }
            }
        };
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Conn> conns = ctx.gateway.openAll(setup.tokens(), ctx.args.integer("inflight", 100), 120,
                i -> listener, failures::add);
        Main.log("  " + conns.size() + " of " + setup.members().size() + " connected");
        if (conns.size() < setup.members().size()) {
            ctx.results.add("throughput", kase0, "connections that failed", failures.size() + "", "0");
        }
        // member i sends to its own channel (Conn.tag is the member's index)
        String[] heads = new String[setup.members().size()];
        for (int i = 0; i < heads.length; i++) {
            heads[i] = "{\"event\":\"message:send\",\"data\":{\"channelId\":\"" + setup.members().get(i).channelId()
                    + "\",\"content\":\"load ";
        }
        // warm-up, not counted: a server in service has compiled its hot path long ago, so the steps are
        // measured on a warm one (the first seconds of a fresh JVM at 1,000/s show p99 in the hundreds of ms)
        double warmRate = ctx.args.dbl("warmup-rate", 1000);
        double warmSeconds = ctx.args.dbl("warmup-seconds", 20);
        if (warmRate > 0 && warmSeconds > 0) {
            runStep(ctx, conns, heads, current, "w-", warmRate, (int) Math.round(warmRate * warmSeconds), per);
            ctx.results.add("throughput", kase0, "warm-up, not counted",
                    Results.num(warmRate) + " msg/s for " + Results.num(warmSeconds) + " s", "");
        }
        Pacer.sleep(2000);
        double best = 0;
        for (double rate : steps) {
            ctx.gateway.resetCounters();
            int count = (int) Math.round(rate * seconds);
            String kase = Results.num(rate) + " msg/s";
            Step s = runStep(ctx, conns, heads, current, "s" + (int) rate + "-", rate, count, per);
            Histogram h = s.ack;
            long lost = 0;
            for (int i = 0; i < count; i++) {
                if (s.acked.get(i) == 0 || s.delivered.get(i) < per) {
                    lost++;
                }
            }
            ctx.results.latencies("throughput", kase, "ack", h, "<= 50");
            ctx.results.add("throughput", kase, "sent / acked", count + " / " + s.acks.get(), "");
            ctx.results.add("throughput", kase, "deliveries (of " + (long) count * per + ")", s.deliveries.get(), "");
            ctx.results.add("throughput", kase, "messages lost", lost, "0");
            ctx.results.add("throughput", kase, "server CPU (% of one core)", lastCpu, "");
            ctx.results.add("throughput", kase, "generator CPU (% of one core)", lastOwnCpu, "");
            ctx.results.add("throughput", kase, "errors", ctx.gateway.errorSummary(), "");
            ctx.results.add("throughput", kase, "closed by server", ctx.gateway.closeSummary(), "");
            double p99 = h.getTotalCount() == 0 ? Double.POSITIVE_INFINITY : h.getValueAtPercentile(99) / 1000.0;
            if (p99 <= 50 && lost == 0) {
                best = Math.max(best, rate);
            }
            if (p99 > giveUpMs || lost > count / 10) {
                ctx.results.add("throughput", kase, "note", "overloaded (p99 > " + Results.num(giveUpMs)
                        + " ms or > 10% lost): higher steps not run", "");
                break;
            }
            Pacer.sleep(2000);
        }
        ctx.results.add("throughput", "result", "highest step with ack p99 <= 50 ms, 0 lost (msg/s)", best, ">= 3000");
        conns.forEach(Conn::close);
    }

    private static double lastCpu;
    private static double lastOwnCpu;

    static Step runStep(Main.Ctx ctx, List<Conn> conns, String[] heads, Step[] current, String prefix,
            double rate, int count, int per) {
        Step s = new Step(prefix, count);
        current[0] = s;
        ServerStats.Meter cpu = ctx.stats.meter();
        ServerStats.Meter own = ServerStats.self().meter();
        int n = conns.size();
        Pacer.run(rate, count, i -> {
            Conn c = conns.get(i % n);
            String frame = heads[(Integer) c.tag] + i + "\",\"nonce\":\"" + prefix + i + "\"}}";
            s.sent.set(i, System.nanoTime());
            c.send(frame);
        });
        long drainMs = (long) (ctx.args.dbl("drain-seconds", 10) * 1000);
        Pacer.await(() -> s.acks.get() >= count && s.deliveries.get() >= (long) count * per, drainMs);
        lastCpu = cpu.percent();
        lastOwnCpu = own.percent();
        current[0] = null;
        return s;
    }
}
