package dev.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.Histogram;

/**
 * h. Fan-out under roles (issue 9): the fan-out of scenario a in a server shaped as admins shape
 * them: N members holding R roles (member i holds role i mod R), C channels each with overwrites
 * for three roles, and overwrites on the measured channel too, so that every delivery is decided
 * by the whole permission algorithm. Then how fast a change of roles takes effect for connected
 * members: a role's update reaching every member ({@code role:update}), and a deny overwrite on
 * the measured channel stopping, and its removal resuming, delivery to the members of one role
 * while the sender goes on posting. Parley only (the reference server has no roles: compare with
 * its fan-out of the same size in scenario a).
 */
final class Roles {

    private Roles() {
    }

    static void scenario(Main.Ctx ctx) throws Exception {
        if (!(ctx.subject instanceof Subject.Parley parley)) {
            ctx.results.add("roles", "all", "note", "Parley only: compare with the reference's fan-out (a.)", "");
            return;
        }
        int n = ctx.args.integer("members", 1000);
        int roleCount = ctx.args.integer("roles", 20);
        int channelCount = ctx.args.integer("channels", 50);
        List<Double> rates = ctx.args.list("rates", "1,10");
        double seconds = ctx.args.dbl("seconds", 30);
        String kase = n + " members, " + roleCount + " roles, " + channelCount + " channels";
        Subject.Setup setup;
        Shape shape;
        try {
            setup = parley.nested(ctx.tag + "r", List.of(n)).get(0);
            shape = shape(parley, setup, roleCount, channelCount);
        } catch (Exception e) {
            ctx.results.add("roles", kase, "note", "set-up failed: " + e, "");
            return;
        }
        ctx.results.add("roles", kase, "overwrites", shape.overwrites, "");

        FanOut.Members members = new FanOut.Members();
        members.channelId = setup.channelIds().get(0);
        AtomicLong roleUpdateNonce = new AtomicLong(-1);
        AtomicLongArray roleUpdateAt = new AtomicLongArray(n);
        Gate gate = new Gate(n);
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        long t0 = System.nanoTime();
        members.conns.addAll(ctx.gateway.openAll(setup.tokens(), ctx.args.integer("inflight", 100),
                ctx.args.lng("connect-timeout", 60 + n / 20), i -> (c, f, t) -> {
                    String event = f.event();
                    if ("message:new".equals(event)) {
                        String nonce = f.str("nonce");
                        FanOut.Round r = members.round;
                        if (r != null) {
                            r.delivered(nonce, t);
                        }
                        gate.delivered(i, nonce);
                    } else if ("role:update".equals(event) && roleUpdateNonce.get() >= 0) {
                        roleUpdateAt.compareAndSet(i, 0, t);
                    }
                }, failures::add));
        Main.log(String.format("  %d of %d connected and authenticated in %.1f s", members.conns.size(), n,
                (System.nanoTime() - t0) / 1e9));
        if (!failures.isEmpty()) {
            ctx.results.add("roles", kase, "connections that failed", failures.size() + " (first: " + failures.get(0) + ")", "0");
        }
        if (members.conns.size() < n || members.conns.get(0).closed.isDone()) {
            ctx.results.add("roles", kase, "note", "not every member could connect; skipped", "");
            members.close();
            return;
        }
        members.sender = members.conns.get(0);
        try {
            double warmRate = rates.stream().mapToDouble(Double::doubleValue).max().orElse(1);
            int warm = Math.max(3, (int) Math.round(warmRate * ctx.args.dbl("warmup-seconds", 30)));
            FanOut.round(ctx, members, warmRate, warm, "rw-");
            ctx.results.add("roles", kase, "warm-up, not counted", warm + " messages at " + Results.num(warmRate) + " msg/s", "");
            for (double rate : rates) {
                ctx.gateway.resetCounters();
                FanOut.Result r = FanOut.round(ctx, members, rate, Math.max(1, (int) Math.round(rate * seconds)),
                        "r" + (int) Math.round(rate * 10) + "-");
                FanOut.report(ctx, "roles", n + " members, " + Results.num(rate) + " msg/s", r);
            }
            roleUpdates(ctx, parley, setup, shape, members, roleUpdateNonce, roleUpdateAt, kase);
            denyAndAllow(ctx, parley, setup, shape, members, gate, roleCount, kase);
        } finally {
            members.close();
        }
    }

    /** The server made: its id, its roles, how many overwrites. */
    record Shape(String serverId, List<String> roleIds, int overwrites) {
    }

    static Shape shape(Subject.Parley parley, Subject.Setup setup, int roleCount, int channelCount) throws Exception {
        Rest rest = parley.rest;
        String owner = setup.members().get(0).token();
        String general = setup.channelIds().get(0);
        String server = parley.serverOf(general, owner);
        List<String> roles = new ArrayList<>();
        for (int r = 0; r < roleCount; r++) {
            roles.add((String) Json.object(rest.send(rest.post("/api/servers/" + server + "/roles", owner,
                    "{\"name\":\"role " + r + "\",\"color\":\"#3366" + String.format("%02x", r * 7 % 256)
                            + "\",\"permissions\":[\"VIEW_CHANNEL\",\"SEND_MESSAGES\",\"ADD_REACTIONS\"]}"))
                    .ok("create role").body()).get("id"));
        }
        List<Subject.Member> all = setup.members();
        rest.all(all.size() - 1, j -> put(rest, "/api/servers/" + server + "/members/"
                + userId(parley, all.get(j + 1).token()) + "/roles/" + roles.get((j + 1) % roleCount), owner, null), "assign roles");
        List<String> channels = new ArrayList<>(List.of(general));
        for (int c = 1; c < channelCount; c++) {
            channels.add((String) Json.object(rest.send(rest.post("/api/servers/" + server + "/channels", owner,
                    "{\"name\":\"room-" + c + "\"}")).ok("create channel").body()).get("id"));
        }
        AtomicInteger overwrites = new AtomicInteger();
        rest.all(channels.size() * 3, k -> {
            int c = k / 3;
            int which = k % 3;
            String role = roles.get((c + which) % roleCount);
            String body = switch (which) {
                case 0 -> "{\"type\":\"role\",\"allow\":[\"ADD_REACTIONS\"]}";
                case 1 -> "{\"type\":\"role\",\"deny\":[\"EMBED_LINKS\"]}";
                default -> "{\"type\":\"role\",\"allow\":[\"ATTACH_FILES\"],\"deny\":[\"MENTION_EVERYONE\"]}";
            };
            overwrites.incrementAndGet();
            return put(rest, "/api/channels/" + channels.get(c) + "/overwrites/" + role, owner, body);
        }, "overwrites");
        return new Shape(server, roles, overwrites.get());
    }

    private static final Map<String, String> USER_IDS = new ConcurrentHashMap<>();

    /** The user id inside an access token (its {@code sub}), without asking the server. */
    static String userId(Subject.Parley parley, String token) {
        return USER_IDS.computeIfAbsent(token, t -> {
            String payload = new String(java.util.Base64.getUrlDecoder().decode(t.split("\\.")[1]),
                    java.nio.charset.StandardCharsets.UTF_8);
            return (String) Json.object(payload).get("sub");
        });
    }

    static java.net.http.HttpRequest put(Rest rest, String path, String token, String json) {
        return rest.request(path, token).header("Content-Type", "application/json")
                .PUT(json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static java.net.http.HttpRequest patch(Rest rest, String path, String token, String json) {
        return rest.request(path, token).header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** A role's colour changed ten times: the time from the request to the last member's {@code role:update}. */
    static void roleUpdates(Main.Ctx ctx, Subject.Parley parley, Subject.Setup setup, Shape shape, FanOut.Members members,
            AtomicLong armed, AtomicLongArray at, String kase) {
        int n = members.conns.size();
        Histogram toLast = Results.histogram();
        int incomplete = 0;
        for (int k = 0; k < 10; k++) {
            for (int i = 0; i < n; i++) {
                at.set(i, 0);
            }
            armed.set(k);
            long start = System.nanoTime();
            parley.rest.send(patch(parley.rest, "/api/servers/" + shape.serverId() + "/roles/" + shape.roleIds().get(0),
                    setup.members().get(0).token(), "{\"color\":\"#" + String.format("%06x", 0x112233 + k) + "\"}"))
                    .ok("update role");
            Pacer.await(() -> {
                for (int i = 0; i < n; i++) {
                    if (at.get(i) == 0) {
                        return false;
                    }
                }
                return true;
            }, 10_000);
            long last = 0;
            boolean all = true;
            for (int i = 0; i < n; i++) {
                long t = at.get(i);
                all &= t != 0;
                last = Math.max(last, t);
            }
            if (all) {
                toLast.recordValue(Math.max(0, (last - start) / 1000));
            } else {
                incomplete++;
            }
            armed.set(-1);
            Pacer.sleep(300);
        }
        ctx.results.latencies("roles", kase, "role change to last member's role:update", toLast, "<= 1000");
        ctx.results.add("roles", kase, "role changes some member never heard of (10 s)", incomplete, "0");
    }

    /** Which of the gate's messages each member received. */
    static final class Gate {
        final int members;
        volatile String prefix = "";
        volatile int messages;
        volatile java.util.concurrent.atomic.AtomicIntegerArray got = new java.util.concurrent.atomic.AtomicIntegerArray(0);

        Gate(int members) {
            this.members = members;
        }

        void reset(String p, int count) {
            messages = count;
            got = new java.util.concurrent.atomic.AtomicIntegerArray(members * count);
            prefix = p;
        }

        void delivered(int member, String nonce) {
            String p = prefix;
            if (p.isEmpty() || nonce == null || !nonce.startsWith(p)) {
                return;
            }
            int index = Integer.parseInt(nonce.substring(p.length()));
            if (index < messages) {
                got.set(member * messages + index, 1);
            }
        }

        boolean received(int member, int message) {
            return got.get(member * messages + message) == 1;
        }

        int count(int member) {
            int c = 0;
            for (int m = 0; m < messages; m++) {
                c += got.get(member * messages + m);
            }
            return c;
        }
    }

    /**
     * The sender posts 10 msg/s (a connection's event rate limit); after 2 s a deny overwrite (VIEW_CHANNEL) for one role goes on the
     * channel, after 2 s more it is removed. For that role's members: the send time of the last
     * message they got after the deny, and of the first they got after the allow, from the request.
     */
    static void denyAndAllow(Main.Ctx ctx, Subject.Parley parley, Subject.Setup setup, Shape shape, FanOut.Members members,
            Gate gate, int roleCount, String kase) {
        int n = members.conns.size();
        String owner = setup.members().get(0).token();
        String role = shape.roleIds().get(3 % roleCount);
        String overwrite = "/api/channels/" + members.channelId + "/overwrites/" + role;
        int rate = 10; // PARLEY_GATEWAY_RATE_PER_SECOND: faster, some sends would be refused and reach nobody
        int count = rate * 6;
        long[] sent = new long[count];
        String prefix = "g" + System.nanoTime() % 100000 + "-";
        gate.reset(prefix, count);
        String head = "{\"event\":\"message:send\",\"data\":{\"channelId\":\"" + members.channelId + "\",\"content\":\"gate ";
        long[] denyAt = new long[2];
        long[] allowAt = new long[2];
        Thread changer = new Thread(() -> {
            Pacer.sleep(2000);
            denyAt[0] = System.nanoTime();
            parley.rest.send(put(parley.rest, overwrite, owner, "{\"type\":\"role\",\"deny\":[\"VIEW_CHANNEL\"]}")).ok("deny");
            denyAt[1] = System.nanoTime();
            Pacer.sleep(2000);
            allowAt[0] = System.nanoTime();
            parley.rest.send(parley.rest.request(overwrite, owner).DELETE().build()).ok("allow again");
            allowAt[1] = System.nanoTime();
        }, "role-changer");
        changer.start();
        Pacer.run(rate, count, i -> {
            sent[i] = System.nanoTime();
            members.sender.send(head + i + "\",\"nonce\":\"" + prefix + i + "\"}}");
        });
        try {
            changer.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pacer.sleep(3000);
        gate.prefix = "";
        // member i holds role i mod R (the owner, member 0, holds none)
        int affected = 0;
        long lastAfterDeny = Long.MIN_VALUE;
        long firstAfterAllow = Long.MIN_VALUE;
        long neverBack = 0;
        long othersMissing = 0;
        for (int i = 1; i < n; i++) {
            boolean holds = i % roleCount == 3 % roleCount;
            if (!holds) {
                othersMissing += count - gate.count(i);
                continue;
            }
            affected++;
            // the last message sent before the allow that the member still got, measured from the deny's request
            long lastSeen = -1;
            for (int m = 0; m < count; m++) {
                if (sent[m] >= denyAt[0] && sent[m] < allowAt[0] && gate.received(i, m)) {
                    lastSeen = m;
                }
            }
            if (lastSeen >= 0) {
                lastAfterDeny = Math.max(lastAfterDeny, sent[(int) lastSeen] - denyAt[0]);
            }
            long back = -1;
            for (int m = 0; m < count; m++) {
                if (sent[m] >= allowAt[0] && gate.received(i, m)) {
                    back = m;
                    break;
                }
            }
            if (back < 0) {
                neverBack++;
            } else {
                firstAfterAllow = Math.max(firstAfterAllow, sent[(int) back] - allowAt[0]);
            }
        }
        ctx.results.add("roles", kase, "members of the role denied and allowed again", affected, "");
        ctx.results.add("roles", kase, "deny request (ms)", (denyAt[1] - denyAt[0]) / 1e6, "");
        ctx.results.add("roles", kase, "deny: last message still delivered, sent after the request by (ms)",
                lastAfterDeny == Long.MIN_VALUE ? "none" : Results.num(lastAfterDeny / 1e6), "<= 1000");
        ctx.results.add("roles", kase, "allow: first message delivered again, sent after the request by (ms)",
                firstAfterAllow == Long.MIN_VALUE ? "-" : Results.num(firstAfterAllow / 1e6), "<= 1000");
        ctx.results.add("roles", kase, "members of the role never delivered to again", neverBack, "0");
        ctx.results.add("roles", kase, "deliveries missing to the other members", othersMissing, "0");
    }
}
