package dev.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What is measured: Parley (users, servers and invites made over REST) or the reference server
 * (no accounts: a token {@code channel:<id>} puts the connection in that channel).
 */
public interface Subject {

    /** One member: its access token and the one channel it is measured in. */
    record Member(int index, String token, String channelId) {
    }

    /**
     * The members of {@code channels} channels with {@code perChannel} members each; members
     * {@code c*perChannel .. (c+1)*perChannel-1} are in channel {@code c}, the first one of each
     * being the owner.
     */
    record Setup(List<Member> members, List<String> channelIds, int perChannel) {
        List<String> tokens() {
            return members.stream().map(Member::token).toList();
        }
    }

    String name();

    /** Base URL, {@code http://127.0.0.1:port}. */
    String base();

    Setup setup(String tag, int channels, int perChannel) throws Exception;

    /** Whether the subject has Parley's REST API (history, posting while offline). */
    boolean hasRest();

    /**
     * One channel per size; the channel of size n has the first n of max(sizes) users (so users
     * are registered once for all sizes).
     */
    default List<Setup> nested(String tag, List<Integer> sizes) throws Exception {
        List<Setup> setups = new ArrayList<>();
        for (int n : sizes) {
            setups.add(setup(tag + n, 1, n));
        }
        return setups;
    }

    static Subject of(String name, String base, int restConcurrency) {
        return switch (name) {
            case "parley" -> new Parley(base, restConcurrency);
            case "reference" -> new Reference(base);
            default -> throw new IllegalArgumentException("--target is parley or reference, not " + name);
        };
    }

    /** The reference server: nothing to set up. */
    record Reference(String base) implements Subject {
        @Override
        public String name() {
            return "reference";
        }

        @Override
        public boolean hasRest() {
            return false;
        }

        @Override
        public Setup setup(String tag, int channels, int perChannel) {
            List<String> ids = new ArrayList<>();
            List<Member> members = new ArrayList<>();
            for (int c = 0; c < channels; c++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                for (int m = 0; m < perChannel; m++) {
                    members.add(new Member(members.size(), "channel:" + id, id));
                }
            }
            return new Setup(members, ids, perChannel);
        }
    }

    /** Parley: register, create a server per channel, invite, join, over REST. */
    final class Parley implements Subject {
        private final String base;
        final Rest rest;

        Parley(String base, int concurrency) {
            this.base = base;
            this.rest = new Rest(base, concurrency);
        }

        @Override
        public String name() {
            return "parley";
        }

        @Override
        public String base() {
            return base;
        }

        @Override
        public boolean hasRest() {
            return true;
        }

        @Override
        public Setup setup(String tag, int channels, int perChannel) throws Exception {
            int n = channels * perChannel;
            Main.log("set-up on Parley: " + n + " users, " + channels + " servers of " + perChannel);
            List<String> tokens = register(tag, n);
            List<String> servers = rest.all(channels, c -> rest.post("/api/servers", tokens.get(c * perChannel),
                    "{\"name\":\"bench " + tag + " " + c + "\"}"), "create server")
                    .stream().map(r -> (String) Json.object(r.body()).get("id")).toList();
            List<String> channelIds = rest.all(channels, c -> rest.get("/api/servers/" + servers.get(c) + "/channels",
                    tokens.get(c * perChannel)), "list channels").stream().map(r -> general(r.body())).toList();
            List<String> codes = rest.all(channels, c -> rest.post("/api/servers/" + servers.get(c) + "/invite",
                    tokens.get(c * perChannel), "{}"), "invite")
                    .stream().map(r -> (String) Json.object(r.body()).get("code")).toList();
            int joiners = channels * (perChannel - 1);
            rest.all(joiners, j -> {
                int c = j / (perChannel - 1);
                int member = c * perChannel + 1 + j % (perChannel - 1);
                return rest.post("/api/servers/join/" + codes.get(c), tokens.get(member), "{}");
            }, "join");
            List<Member> members = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                members.add(new Member(i, tokens.get(i), channelIds.get(i / perChannel)));
            }
            return new Setup(members, channelIds, perChannel);
        }

        @Override
        public List<Setup> nested(String tag, List<Integer> sizes) throws Exception {
            int max = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
            Main.log("set-up on Parley: " + max + " users; servers of " + sizes + " of them");
            List<String> tokens = register(tag, max);
            List<Setup> setups = new ArrayList<>();
            for (int n : sizes) {
                String server = (String) Json.object(rest.send(rest.post("/api/servers", tokens.get(0),
                        "{\"name\":\"bench " + tag + " " + n + "\"}")).ok("create server").body()).get("id");
                String channel = general(rest.send(rest.get("/api/servers/" + server + "/channels", tokens.get(0))).ok("channels").body());
                String code = (String) Json.object(rest.send(rest.post("/api/servers/" + server + "/invite", tokens.get(0), "{}"))
                        .ok("invite").body()).get("code");
                rest.all(n - 1, j -> rest.post("/api/servers/join/" + code, tokens.get(j + 1), "{}"), "join " + n);
                List<Member> members = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    members.add(new Member(i, tokens.get(i), channel));
                }
                setups.add(new Setup(members, List.of(channel), n));
            }
            return setups;
        }

        /** The server (scope) a channel belongs to, as its member sees it. */
        String serverOf(String channelId, String token) {
            return (String) Json.object(rest.send(rest.get("/api/channels/" + channelId, token)).ok("channel").body())
                    .get("serverId");
        }

        List<String> register(String tag, int n) throws InterruptedException {
            return rest.all(n, i -> rest.post("/api/auth/register", null,
                    "{\"email\":\"" + tag + "_" + i + "@bench.test\",\"username\":\"" + tag + "_" + i
                            + "\",\"password\":\"bench-password\"}"), "register")
                    .stream().map(r -> (String) Json.object(r.body()).get("accessToken")).toList();
        }

        @SuppressWarnings("unchecked")
        private static String general(String body) {
            List<Object> channels = Json.array(body);
            String first = null;
            for (Object o : channels) {
                Map<String, Object> ch = (Map<String, Object>) o;
                if (!"text".equals(ch.get("type"))) {
                    continue;
                }
                if ("general".equals(ch.get("name"))) {
                    return (String) ch.get("id");
                }
                first = first == null ? (String) ch.get("id") : first;
            }
            if (first == null) {
                throw new IllegalStateException("no text channel in " + body);
            }
            return first;
        }
    }
}
