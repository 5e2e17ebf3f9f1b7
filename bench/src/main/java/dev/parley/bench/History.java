package dev.parley.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.UUID;
import org.HdrHistogram.Histogram;

/**
 * e. History: a channel of R messages seeded straight into PostgreSQL with one
 * {@code INSERT ... SELECT generate_series} (ids are made time-ordered like UUIDv7: the 48-bit
 * millisecond timestamp of row g is base + g), then one warm client paging
 * {@code GET /api/channels/{id}/messages?limit=50}, alternately the newest page and the page
 * before a random seeded id. Measured on a plain keep-alive socket ({@link KeepAliveClient}), then
 * again through the JDK's HttpClient (earlier runs' client). Parley only: the reference server
 * has no history.
 */
final class History {

    private History() {
    }

    /** The same id the seeding SQL gives row {@code g}. */
    static String seededId(long base, long g) {
        String h = String.format("%012x", base + g);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-7" + String.format("%03x", g % 4096) + "-"
                + Long.toHexString(8 + (g / 4096) % 4) + String.format("%03x", (g / 16384) % 4096) + "-"
                + String.format("%012x", g);
    }

    static final String SEED = """
            INSERT INTO messages (id, channel_id, user_id, content, message_type, created_at, updated_at)
            SELECT (substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-7' || lpad(to_hex(g % 4096), 3, '0') || '-'
                    || to_hex(8 + (g / 4096) % 4) || lpad(to_hex((g / 16384) % 4096), 3, '0') || '-'
                    || lpad(to_hex(g), 12, '0'))::uuid,
                   ?, ?, 'seeded history message ' || (g % 100), 'text',
                   to_timestamp((? + g) / 1000.0), to_timestamp((? + g) / 1000.0)
            FROM (SELECT g, lpad(to_hex(? + g), 12, '0') AS h FROM generate_series(1::bigint, ?::bigint) AS g) AS s
            """;

    private static boolean superuser(Connection c) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    static void scenario(Main.Ctx ctx) throws Exception {
        long rows = ctx.args.lng("rows", 10_000_000);
        String kase = rows + " messages";
        if (!(ctx.subject instanceof Subject.Parley parley)) {
            ctx.results.add("history", kase, "note", "not applicable: the reference server has no history", "");
            return;
        }
        String jdbc = ctx.args.str("jdbc", null);
        if (jdbc == null) {
            ctx.results.add("history", kase, "note", "skipped: no --jdbc URL of Parley's database given", "");
            return;
        }
        Subject.Setup setup = parley.setup(ctx.tag + "h", 1, 1);
        String channel = setup.channelIds().get(0);
        long base = System.currentTimeMillis() - rows - 86_400_000L;
        Main.log("seeding " + rows + " messages into channel " + channel + " ...");
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbc, ctx.args.str("db-user", "parley"), ctx.args.str("db-password", "parley"))) {
            UUID owner;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT s.owner_id FROM channels ch JOIN servers s ON s.id = ch.server_id WHERE ch.id = ?")) {
                ps.setObject(1, UUID.fromString(channel));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    owner = (UUID) rs.getObject(1);
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("SET synchronous_commit = off");
                st.execute("SET statement_timeout = 0");
                if (superuser(c)) { // skip the per-row foreign-key triggers: the rows are valid by construction
                    st.execute("SET session_replication_role = replica");
                }
            }
            try (PreparedStatement ps = c.prepareStatement(SEED)) {
                ps.setObject(1, UUID.fromString(channel));
                ps.setObject(2, owner);
                ps.setLong(3, base);
                ps.setLong(4, base);
                ps.setLong(5, base);
                ps.setLong(6, rows);
                ps.executeUpdate();
            }
            try (Statement st = c.createStatement()) {
                st.execute("ANALYZE messages");
            }
        }
        double seedS = (System.nanoTime() - t0) / 1e9;
        Main.log(String.format("  seeded in %.0f s", seedS));
        ctx.results.add("history", kase, "seeding time (s, INSERT ... generate_series + ANALYZE)", seedS, "");

        String token = setup.members().get(0).token();
        String path = "/api/channels/" + channel + "/messages?limit=50";
        int warmup = ctx.args.integer("warmup", 300);
        int requests = ctx.args.integer("requests", 2000);
        // the figures: a plain keep-alive connection, as wrk or a browser would send them
        try (KeepAliveClient plain = new KeepAliveClient(parley.base())) {
            measure(ctx, kase, "", rows, base, path, warmup, requests, p -> {
                KeepAliveClient.Reply r = plain.get(p, token);
                return new Rest.Reply(r.status(), r.body());
            });
        }
        // the same through the JDK's HttpClient, as runs before 2026-12-02 (third session) measured
        measure(ctx, kase, " (JDK HttpClient)", rows, base, path, warmup, requests,
                p -> parley.rest.send(parley.rest.get(p, token)));
    }

    interface Getter {
        Rest.Reply get(String path) throws Exception;
    }

    private static void measure(Main.Ctx ctx, String kase, String client, long rows, long base, String path,
            int warmup, int requests, Getter getter) throws Exception {
        Random random = new Random(42);
        Histogram latest = Results.histogram();
        Histogram before = Results.histogram();
        Histogram all = Results.histogram();
        int bad = 0;
        String firstBad = null;
        for (int i = -warmup; i < requests; i++) {
            boolean newest = (i & 1) == 0;
            String p = newest ? path : path + "&before=" + seededId(base, 51 + (long) (random.nextDouble() * (rows - 51)));
            long s = System.nanoTime();
            Rest.Reply r = getter.get(p);
            long us = (System.nanoTime() - s) / 1000;
            if (i == -warmup || i == -warmup + 1) {
                int size = r.status() == 200 ? Json.array(r.body()).size() : -1;
                if (size != 50) {
                    ctx.results.add("history", kase, "note", "a page had " + size + " messages, not 50: " + r.status()
                            + " " + r.body().substring(0, Math.min(200, r.body().length())), "");
                }
            }
            if (i < 0) {
                continue;
            }
            if (r.status() != 200) {
                bad++;
                firstBad = firstBad == null ? r.status() + " " + r.body() : firstBad;
                continue;
            }
            (newest ? latest : before).recordValue(us);
            all.recordValue(us);
        }
        String target = client.isEmpty() ? "<= 10" : "";
        ctx.results.add("history", kase, "requests (after " + warmup + " warm-up)" + client, requests, "");
        ctx.results.latencies("history", kase, "newest page" + client, latest, target);
        ctx.results.latencies("history", kase, "page before a random id" + client, before, target);
        ctx.results.latencies("history", kase, "all pages" + client, all, target);
        ctx.results.add("history", kase, "failed requests" + client, bad + (firstBad == null ? "" : " (first: " + firstBad + ")"),
                client.isEmpty() ? "0" : "");
    }
}
