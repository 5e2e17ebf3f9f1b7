package dev.parley.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the generator's result rows (TSV) into docs/perf/realtime.md: a table per scenario with
 * Parley beside the reference server, their ratio, the target and whether Parley meets it.
 * Rows of scenario {@code meta} ({@code meta, -, key, -, value}) describe the run.
 */
final class Report {

    /** Scenario, heading, what it measures. */
    static final String[][] SCENARIOS = {
        {"fanout", "a. Fan-out", "One channel of N connected members; one member sends at a steady rate. Per message: the time"
            + " from sending it to the moment the LAST member received its `message:new` (one JVM, one clock); p50/p99/max"
            + " over the messages. Lost: a message any member did not receive within the drain time. Server CPU: the"
            + " subject process' utime+stime over the round (sending + drain) as % of one core."},
        {"throughput", "b. Durable throughput", "100 channels (one server each) x 5 members; every member sends in turn"
            + " at the stepped total rate for the step's duration. Ack: send to `message:ack` at the sender. Lost: not acked,"
            + " or not delivered to all 5, within the drain time. Stepping stops after a hopelessly overloaded step."},
        {"idle", "c. Idle connections", "K authenticated connections that only heartbeat, held open; the server's"
            + " resident set size (VmRSS) before and after, divided by the connections still open."},
        {"connect", "d. Connect + authenticate rate", "A fixed number of attempts in flight for a fixed time: TCP connect,"
            + " WebSocket handshake, `authenticate`, done on `authenticated` (then closed cleanly)."},
        {"history", "e. History", "One channel with R messages seeded straight into PostgreSQL; one warm client pages"
            + " `GET /api/channels/{id}/messages?limit=50`, alternately the newest page and the page `before=` a random"
            + " seeded id. Parley only."},
        {"resume", "f. Resume", "N members connected; all connections dropped (TCP, no close frame); the owner posts M"
            + " messages over REST; all N `resume` at once. Parley only; skipped while the server sends no `hello` first."},
        {"browsers", "g. Browser to browser", "One person presses Enter in the chat page; P other chat pages of the channel are"
            + " open in headless Chromium (B people, the pages as tabs of their browsers). Per message and page: Enter in the"
            + " sender's page to its item in the receiving page's list (one machine's clock), and to the last page."
            + " Parley only: the reference has no web UI. The browsers share the 2 cores with the server."},
        {"roles", "h. Fan-out under roles", "Scenario a's fan-out in a server of N members holding R roles (member i holds"
            + " role i mod R) and C channels with three role overwrites each (the measured channel too), so every delivery"
            + " runs the whole permission algorithm; compare with the reference's fan-out of the same size in a. Then: a"
            + " role's colour changed ten times (request to the last member's `role:update`), and, while the sender posts"
            + " 10 msg/s, a deny overwrite (VIEW_CHANNEL) for one role put on the channel and removed 2 s later: how long"
            + " after each request that role's members still got, or got again, messages. Parley only."},
    };

    private Report() {
    }

    static void main(Main.Args args) throws IOException {
        Path in = Path.of(args.str("results", "bench/target/realtime-results.tsv"));
        Path out = Path.of(args.str("out", "docs/perf/realtime.md"));
        List<Results.Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(in, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(Results.Row.parse(line));
            }
        }
        Files.writeString(out, render(rows), StandardCharsets.UTF_8);
        Main.log("wrote " + out);
    }

    static String render(List<Results.Row> rows) {
        StringBuilder b = new StringBuilder();
        Map<String, String> meta = new LinkedHashMap<>();
        rows.stream().filter(r -> r.scenario().equals("meta")).forEach(r -> meta.put(r.metric(), r.value()));
        b.append("# Real-time benchmarks: Parley against a raw Netty broadcast server\n\n");
        b.append("Written by `bench/realtime` (see `bench/README.md`); a rerun replaces it. Each scenario ran against the\n"
                + "reference server (`dev.parley.bench.ReferenceServer`: the same minimal protocol on raw Netty, frames built\n"
                + "once, no database) and against Parley, one subject at a time, with the same generator settings. The\n"
                + "generator (Netty WebSocket client + HdrHistogram) runs in its own JVM on the same machine, so it takes\n"
                + "CPU from the subject; latencies are measured in the generator with one clock.\n\n");
        if (meta.containsKey("note")) {
            b.append("**").append(meta.get("note")).append("**\n\n");
        }
        b.append("## Machine and settings\n\n| | |\n| --- | --- |\n");
        meta.forEach((k, v) -> {
            if (!k.equals("note")) {
                b.append("| ").append(k).append(" | ").append(v).append(" |\n");
            }
        });
        b.append('\n');
        for (String[] s : SCENARIOS) {
            List<Results.Row> of = rows.stream().filter(r -> r.scenario().equals(s[0])).toList();
            b.append("## ").append(s[1]).append("\n\n").append(s[2]).append("\n\n");
            if (of.isEmpty()) {
                b.append("Not run.\n\n");
                continue;
            }
            b.append("| case | figure | Parley | reference | Parley / reference | target | Parley meets it |\n"
                    + "| --- | --- | --- | --- | --- | --- | --- |\n");
            Map<String, String[]> table = new LinkedHashMap<>(); // case + metric -> parley, reference, target
            for (Results.Row r : of) {
                String[] cell = table.computeIfAbsent(r.kase() + "\u0000" + r.metric(), k -> new String[3]);
                if (r.subject().equals("parley")) {
                    cell[0] = r.value();
                } else {
                    cell[1] = r.value();
                }
                if (!r.target().isBlank()) {
                    cell[2] = r.target();
                }
            }
            table.forEach((key, cell) -> {
                String[] km = key.split("\u0000", 2);
                String ratio = ratio(cell[0], cell[1]);
                b.append("| ").append(km[0]).append(" | ").append(km[1]).append(" | ").append(dash(cell[0]))
                        .append(" | ").append(dash(cell[1])).append(" | ").append(ratio).append(" | ")
                        .append(dash(cell[2])).append(" | ").append(meets(cell[0], cell[1], cell[2])).append(" |\n");
            });
            b.append('\n');
        }
        b.append("""
                ## Reading these figures

                - The generator shares the machine with the subject. The reference server's row is the yard stick:
                  where the reference shows high latency while its own CPU is low, the generator (or the machine,
                  see the load averages) was the limit, not the server; compare the generator CPU rows.
                - "Lost" means not received within the drain time after the last send; a subject that falls far
                  behind loses messages by this measure even if they arrive later.
                - Parley's p99 target in fan-out is relative (1.5x the reference's in the same run); the others
                  are absolute and assume a machine not shared with other work.
                """);
        return b.toString();
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s.replace("|", "\\|");
    }

    private static Double number(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String ratio(String parley, String reference) {
        Double p = number(parley);
        Double r = number(reference);
        if (p == null || r == null || r == 0) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.2f", p / r);
    }

    /** Whether Parley's figure meets a target of the form "<= N", ">= N", "N" or "<= 1.5x reference". */
    static String meets(String parley, String reference, String target) {
        Double p = number(parley);
        if (target == null || target.isBlank() || p == null) {
            return "—";
        }
        String t = target.strip();
        try {
            if (t.endsWith("x reference")) {
                Double r = number(reference);
                if (r == null) {
                    return "—";
                }
                double f = Double.parseDouble(t.replace("<=", "").replace("x reference", "").strip());
                return p <= f * r ? "yes" : "**no**";
            }
            if (t.startsWith("<=")) {
                return p <= Double.parseDouble(t.substring(2).strip()) ? "yes" : "**no**";
            }
            if (t.startsWith(">=")) {
                return p >= Double.parseDouble(t.substring(2).strip()) ? "yes" : "**no**";
            }
            return p == Double.parseDouble(t) ? "yes" : "**no**";
        } catch (NumberFormatException e) {
            return "—";
        }
    }
}
