package dev.parley.bench;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The load generator's command line.
 *
 * <pre>
 * java -jar bench/target/parley-bench.jar SCENARIO --target parley|reference --url http://127.0.0.1:PORT [options]
 * java -jar bench/target/parley-bench.jar reference-server --port PORT
 * java -jar bench/target/parley-bench.jar report --results FILE.tsv --out docs/perf/realtime.md [--meta k=v ...]
 * </pre>
 *
 * Scenarios: fanout, throughput, idle, connect, history, resume, browsers, roles. See bench/README.md for the
 * options of each.
 */
public final class Main {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Main() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h")) {
            System.out.println("usage: SCENARIO --target parley|reference --url http://127.0.0.1:PORT [--pid PID] [--results FILE]\n"
                    + "  scenarios: fanout, throughput, idle, connect, history, resume, browsers, roles; also: reference-server --port P; report\n"
                    + "  see bench/README.md");
            return;
        }
        Args args = Args.parse(Arrays.copyOfRange(argv, 1, argv.length));
        switch (argv[0]) {
            case "reference-server" -> ReferenceServer.main(args);
            case "report" -> Report.main(args);
            default -> {
                int code = runScenario(argv[0], args);
                System.exit(code);
            }
        }
    }

    static int runScenario(String scenario, Args args) throws Exception {
        String url = args.str("url", "http://127.0.0.1:8080");
        Subject subject = Subject.of(args.str("target", "parley"), url, args.integer("rest-concurrency", 32));
        String results = args.str("results", null);
        try (Ctx ctx = new Ctx(subject, new Gateway(url, args.integer("threads", 2), sources(args)),
                new Results(results == null ? null : Path.of(results), subject.name()),
                ServerStats.of(args.lng("pid", -1), java.net.URI.create(url).getPort()), args)) {
            log("scenario " + scenario + " against " + subject.name() + " at " + url + " (server pid " + ctx.stats.pid()
                    + ", load " + ServerStats.loadAverage() + ")");
            ctx.results.add(scenario, "all", "load average at start (1/5/15 min)", ServerStats.loadAverage(), "");
            switch (scenario) {
                case "fanout" -> FanOut.scenario(ctx);
                case "throughput" -> Throughput.scenario(ctx);
                case "idle" -> Idle.scenario(ctx);
                case "connect" -> ConnectRate.scenario(ctx);
                case "history" -> History.scenario(ctx);
                case "resume" -> Resume.scenario(ctx);
                case "browsers" -> Browsers.scenario(ctx);
                case "roles" -> Roles.scenario(ctx);
                default -> throw new IllegalArgumentException("unknown scenario " + scenario);
            }
            return 0;
        }
    }

    /** {@code --sources 4} means 127.0.0.1 .. 127.0.0.4; {@code --sources a,b} names them. */
    static List<String> sources(Args args) {
        String s = args.str("sources", "");
        if (s.isBlank()) {
            return List.of();
        }
        if (s.matches("\\d+")) {
            List<String> l = new ArrayList<>();
            for (int i = 1; i <= Integer.parseInt(s); i++) {
                l.add("127.0.0." + i);
            }
            return l;
        }
        return List.of(s.split(","));
    }

    static void log(String line) {
        System.out.println(LocalTime.now().format(TIME) + " " + line);
        System.out.flush();
    }

    /** What every scenario gets. */
    static final class Ctx implements AutoCloseable {
        final Subject subject;
        final Gateway gateway;
        final Results results;
        final ServerStats stats;
        final Args args;
        final String tag = "b" + Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36);

        Ctx(Subject subject, Gateway gateway, Results results, ServerStats stats, Args args) {
            this.subject = subject;
            this.gateway = gateway;
            this.results = results;
            this.stats = stats;
            this.args = args;
        }

        @Override
        public void close() {
            gateway.close();
        }
    }

    /** {@code --name value} options; a flag without a value is "true". */
    static final class Args {
        final Map<String, String> values = new HashMap<>();
        final List<String> meta = new ArrayList<>();

        static Args parse(String[] a) {
            Args args = new Args();
            for (int i = 0; i < a.length; i++) {
                if (!a[i].startsWith("--")) {
                    throw new IllegalArgumentException("expected an --option, got " + a[i]);
                }
                String name = a[i].substring(2);
                String value = i + 1 < a.length && !a[i + 1].startsWith("--") ? a[++i] : "true";
                if (name.equals("meta")) {
                    args.meta.add(value);
                } else {
                    args.values.put(name, value);
                }
            }
            return args;
        }

        static Args of(String... a) {
            return parse(a);
        }

        String str(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        int integer(String name, int fallback) {
            return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
        }

        long lng(String name, long fallback) {
            return values.containsKey(name) ? Long.parseLong(values.get(name)) : fallback;
        }

        double dbl(String name, double fallback) {
            return values.containsKey(name) ? Double.parseDouble(values.get(name)) : fallback;
        }

        boolean flag(String name) {
            return Boolean.parseBoolean(values.getOrDefault(name, "false"));
        }

        List<Double> list(String name, String fallback) {
            return Arrays.stream(str(name, fallback).split(",")).map(String::strip).map(Double::parseDouble).toList();
        }
    }
}
