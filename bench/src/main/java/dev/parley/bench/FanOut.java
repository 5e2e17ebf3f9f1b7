package dev.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.Histogram;

/**
 * a. Fan-out: one channel of N connected members, one sender (the owner) posting at a steady
 * rate. For each message: the time from sending it to the moment the LAST member received its
 * {@code message:new} (one JVM, one clock). A message that any member did not receive within the
 * drain time is lost.
 */
final class FanOut {

    /** The figures of one round. */
    record Result(int members, int messages, Histogram lastMember, int lost, long missedDeliveries,
            long duplicates, double cpuPercent, double generatorCpuPercent, double sendSeconds) {
    }

    /** The messages of one round, by index: when sent, how many members got it, when the last did. */
    static final class Round {
        final String prefix;
        final AtomicLongArray sent;
        final AtomicLongArray last;
        final AtomicIntegerArray got;

        Round(String prefix, int count) {
            this.prefix = prefix;
            this.sent = new AtomicLongArray(count);
            this.last = new AtomicLongArray(count);
            this.got = new AtomicIntegerArray(count);
        }

        /** Counts one delivery if the nonce is one of this round's. */
        void delivered(String nonce, long nanos) {
            int i = index(nonce);
            if (i >= 0) {
                got.incrementAndGet(i);
                last.accumulateAndGet(i, nanos, Math::max);
            }
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

        long deliveries() {
            long sum = 0;
            for (int i = 0; i < got.length(); i++) {
                sum += got.get(i);
            }
            return sum;
        }
    }

    private FanOut() {
    }

    static void scenario(Main.Ctx ctx) throws Exception {
        List<Double> sizes = ctx.args.list("members", "1000,5000");
        List<Double> rates = ctx.args.list("rates", "1,10");
        double seconds = ctx.args.dbl("seconds", 30);
        double warmSeconds = ctx.args.dbl("warmup-seconds", 30);
        List<Subject.Setup> setups;
        try {
            setups = ctx.subject.nested(ctx.tag + "f", sizes.stream().map(Double::intValue).toList());
        } catch (Exception e) {
            ctx.results.add("fanout", "all", "note", "set-up failed: " + e, "");
            return;
        }
        for (Subject.Setup setup : setups) {
            int n = setup.members().size();
            ctx.gateway.resetCounters();
            Members members = connect(ctx, setup, "fanout", n + " members");
            if (members.conns.isEmpty()) {
                continue;
            }
            // warm-up, not counted: a server in service has compiled its delivery path long ago; with a few
            // messages only, the first measured ones still met code the JIT had not compiled (at 1 msg/s
            // over 30 s the p99 is the slowest message), so both subjects first get the highest rate
            double warmRate = rates.stream().mapToDouble(Double::doubleValue).max().orElse(1);
            int warmMessages = Math.max(3, (int) Math.round(warmRate * warmSeconds));
            round(ctx, members, Math.max(1, warmRate), warmMessages, "w" + n + "-");
            ctx.results.add("fanout", n + " members", "warm-up, not counted",
                    warmMessages + " messages at " + Results.num(Math.max(1, warmRate)) + " msg/s", "");
            for (double rate : rates) {
                String kase = n + " members, " + Results.num(rate) + " msg/s";
                ctx.gateway.resetCounters();
                Result r = round(ctx, members, rate, Math.max(1, (int) Math.round(rate * seconds)), "f" + n + "r" + (int) Math.round(rate * 10) + "-");
                report(ctx, kase, r);
            }
            members.close();
            Pacer.sleep(2000);
        }
    }

    static void report(Main.Ctx ctx, String kase, Result r) {
        report(ctx, "fanout", kase, r);
    }

    /** The figures of a round, under the scenario named (fan-out rounds run in other scenarios too). */
    static void report(Main.Ctx ctx, String scenario, String kase, Result r) {
        ctx.results.add(scenario, kase, "connected members", r.members(), "");
        ctx.results.add(scenario, kase, "messages", r.messages(), "");
        ctx.results.latencies(scenario, kase, "send to last member", r.lastMember(), "<= 1.5x reference");
        ctx.results.add(scenario, kase, "messages lost", r.lost(), "0");
        ctx.results.add(scenario, kase, "deliveries missing", r.missedDeliveries(), "0");
        if (r.duplicates() > 0) {
            ctx.results.add(scenario, kase, "duplicate deliveries", r.duplicates(), "0");
        }
        ctx.results.add(scenario, kase, "server CPU (% of one core)", r.cpuPercent(), "");
        ctx.results.add(scenario, kase, "generator CPU (% of one core)", r.generatorCpuPercent(), "");
        ctx.results.add(scenario, kase, "errors", ctx.gateway.errorSummary(), "");
        ctx.results.add(scenario, kase, "closed by server", ctx.gateway.closeSummary(), "");
    }

    /** The connected members of one channel; member 0 (the owner) sends. */
    static final class Members {
        volatile Round round;
        final List<Conn> conns = new ArrayList<>();
        String channelId;
        Conn sender;

        void close() {
            conns.forEach(Conn::close);
        }
    }

    static Members connect(Main.Ctx ctx, Subject.Setup setup, String scenario, String kase) throws InterruptedException {
        Members members = new Members();
        members.channelId = setup.channelIds().get(0);
        int n = setup.members().size();
        long t0 = System.nanoTime();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Conn.Listener listener = (c, f, t) -> {
            if ("message:new".equals(f.event())) {
                Round r = members.round;
                if (r != null) {
                    r.delivered(f.str("nonce"), t);
                }
            }
        };
        members.conns.addAll(ctx.gateway.openAll(setup.tokens(), ctx.args.integer("inflight", 100),
                ctx.args.lng("connect-timeout", 60 + n / 20), i -> listener, failures::add));
        double s = (System.nanoTime() - t0) / 1e9;
        Main.log(String.format("  %d of %d connected and authenticated in %.1f s", members.conns.size(), n, s));
        if (!failures.isEmpty()) {
            ctx.results.add(scenario, kase, "connections that failed", failures.size() + " (first: " + failures.get(0) + ")", "0");
        }
        if (members.conns.isEmpty() || !members.conns.get(0).authenticated.isDone() || members.conns.get(0).closed.isDone()) {
            ctx.results.add(scenario, kase, "note", "the sender could not connect; skipped", "");
            members.conns.clear();
            return members;
        }
        members.sender = members.conns.get(0);
        return members;
    }

    /** One round: {@code count} messages at {@code rate}, then waits for every delivery (bounded). */
    static Result round(Main.Ctx ctx, Members members, double rate, int count, String prefix) {
        Round round = new Round(prefix, count);
        members.round = round;
        int n = members.conns.size();
        String head = "{\"event\":\"message:send\",\"data\":{\"channelId\":\"" + members.channelId + "\",\"content\":\"fan-out ";
        ServerStats.Meter cpu = ctx.stats.meter();
        ServerStats.Meter own = ServerStats.self().meter();
        double sendSeconds = Pacer.run(rate, count, i -> {
            String nonce = prefix + i;
            String frame = head + i + "\",\"nonce\":\"" + nonce + "\"}}";
            round.sent.set(i, System.nanoTime());
            members.sender.send(frame);
        });
        long expected = (long) n * count;
        long drainMs = (long) (ctx.args.dbl("drain-seconds", 30) * 1000);
        Pacer.await(() -> round.deliveries() >= expected, drainMs);
        double cpuPercent = cpu.percent();
        double ownPercent = own.percent();
        Histogram h = Results.histogram();
        int lost = 0;
        long missed = 0;
        long dupes = 0;
        for (int i = 0; i < count; i++) {
            int got = round.got.get(i);
            if (got < n) {
                lost++;
                missed += n - got;
            } else {
                dupes += got - n;
                h.recordValue(Math.max(0, (round.last.get(i) - round.sent.get(i)) / 1000));
            }
        }
        members.round = null;
        return new Result(n, count, h, lost, missed, dupes, cpuPercent, ownPercent, sendSeconds);
    }
}
