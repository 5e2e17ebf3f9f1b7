package dev.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * f. Resume, to the protocol being built (docs/gateway.md once it lands): the server's first frame
 * is {@code hello}; {@code authenticated} carries {@code sessionId}; after a dropped connection a
 * client opens a new one and sends
 * {@code {"event":"resume","data":{"token":…,"sessionId":…,"seq":<last seq seen>}}} and receives
 * every missed event in order, then {@code resumed} (or {@code invalid-session}).
 *
 * <p>N members of one channel connect; all connections are dropped (TCP closed, no close frame);
 * the owner posts M messages over REST; all N resume at once. Figures: how many resumed, how many
 * got all M {@code message:new} in order, time from TCP connect to {@code resumed}. Skipped, with
 * a note, when the server does not send {@code hello} first (resume not there yet).
 */
final class Resume {

    private Resume() {
    }

    static void scenario(Main.Ctx ctx) throws Exception {
        int n = ctx.args.integer("members", 1000);
        int m = ctx.args.integer("messages", 20);
        String kase = n + " members, " + m + " missed";
        if (!(ctx.subject instanceof Subject.Parley parley)) {
            ctx.results.add("resume", kase, "note", "not applicable: the reference server has no resume", "");
            return;
        }
        // does the server speak the new protocol? Its first frame must be hello, before we send anything
        Conn probe = ctx.gateway.open(Conn.Listener.IGNORE);
        try {
            probe.open.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            ctx.results.add("resume", kase, "note", "skipped: cannot open the gateway: " + e, "");
            return;
        }
        Pacer.await(() -> probe.firstEvent != null, 3000);
        String first = probe.firstEvent;
        probe.close();
        if (!"hello".equals(first)) {
            ctx.results.add("resume", kase, "note", "skipped: the server sent " + (first == null ? "nothing" : first)
                    + " first, not hello, within 3 s: resume is not there yet", "");
            return;
        }

        Subject.Setup setup = parley.setup(ctx.tag + "r", 1, n);
        String channel = setup.channelIds().get(0);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Conn> conns = ctx.gateway.openAll(setup.tokens(), 100, 120, i -> Conn.Listener.IGNORE, failures::add);
        long withSession = conns.stream().filter(c -> c.sessionId != null).count();
        Main.log("  " + conns.size() + " connected, " + withSession + " with a sessionId");
        if (withSession == 0) {
            ctx.results.add("resume", kase, "note", "skipped: authenticated carries no sessionId", "");
            conns.forEach(Conn::close);
            return;
        }
        // settle: let member:join and such arrive, so the seq each remembers is current
        Pacer.sleep(2000);
        record Saved(String token, String sessionId, long seq) {
        }
        List<Saved> saved = new ArrayList<>();
        for (Conn c : conns) {
            if (c.sessionId != null) {
                saved.add(new Saved(setup.members().get((Integer) c.tag).token(), c.sessionId, Math.max(0, c.lastSeq)));
            }
        }
        conns.forEach(Conn::abort);
        Pacer.sleep(1000);
        String owner = setup.members().get(0).token();
        for (int i = 0; i < m; i++) {
            parley.rest.send(parley.rest.post("/api/channels/" + channel + "/messages", owner,
                    "{\"content\":\"missed " + i + "\",\"nonce\":\"missed-" + i + "\"}")).ok("post");
        }
        Main.log("  posted " + m + " messages while all were away; resuming " + saved.size());

        Histogram toResumed = new ConcurrentHistogram(3_600_000_000L, 3);
        List<CompletableFuture<String>> outcomes = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Saved s : saved) {
            CompletableFuture<String> outcome = new CompletableFuture<>();
            List<String> nonces = new ArrayList<>();
            Conn c = ctx.gateway.open((conn, f, t) -> {
                String e = f.event();
                if (e == null) {
                    return;
                }
                switch (e) {
                    case "message:new" -> nonces.add(f.str("nonce"));
                    case "resumed" -> {
                        toResumed.recordValue((t - conn.startedNanos) / 1000);
                        outcome.complete(inOrder(nonces, m) ? "complete" : "incomplete");
                    }
                    case "invalid-session" -> outcome.complete("invalid-session");
                    default -> {
                    }
                }
            });
            c.start("{\"event\":\"resume\",\"data\":{\"token\":" + Json.quote(s.token()) + ",\"sessionId\":"
                    + Json.quote(s.sessionId()) + ",\"seq\":" + s.seq() + "}}");
            c.closed.thenRun(() -> outcome.complete("closed"));
            outcomes.add(outcome);
            conns.add(c);
        }
        int complete = 0;
        int incomplete = 0;
        int invalid = 0;
        int other = 0;
        for (CompletableFuture<String> o : outcomes) {
            String r;
            try {
                r = o.get(Math.max(1, 60_000_000_000L - (System.nanoTime() - t0)), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                r = "timeout";
            }
            switch (r) {
                case "complete" -> complete++;
                case "incomplete" -> incomplete++;
                case "invalid-session" -> invalid++;
                default -> other++;
            }
        }
        ctx.results.add("resume", kase, "resumed with every missed message in order", complete, Integer.toString(saved.size()));
        ctx.results.add("resume", kase, "resumed but missing or out of order", incomplete, "0");
        ctx.results.add("resume", kase, "invalid-session", invalid, "0");
        ctx.results.add("resume", kase, "closed or timed out (60 s)", other, "0");
        ctx.results.latencies("resume", kase, "connect to resumed", toResumed, "");
        ctx.results.add("resume", kase, "errors", ctx.gateway.errorSummary(), "");
        conns.forEach(Conn::close);
    }

    /** The messages missed-0 .. missed-(m-1), each once, in order (other events may be between). */
    static boolean inOrder(List<String> nonces, int m) {
        int next = 0;
        for (String nonce : nonces) {
            if (("missed-" + next).equals(nonce)) {
                next++;
            } else if (nonce != null && nonce.startsWith("missed-")) {
                return false;
            }
        }
        return next == m;
    }
}
