package dev.parley.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The one Payara Micro the whole system-test suite talks to: started with the real parley.war (the
 * artifact bin/run serves) the first time a test asks for it, and stopped when the test JVM exits.
 * Booting it once per suite rather than once per test class saves about half a minute per class.
 *
 * <p>Its log goes to {@code target/it/server.log}. It inherits the environment failsafe sets
 * (web/pom.xml): the database, mail, single sign-on, throttles. Test classes share it, so each
 * makes its own users and servers (they already shared the database).
 */
final class ParleyServer {

    private static final String JVM_OPTIONS = System.getProperty("parley.it.jvm",
            "-Xmx640m -XX:+UseStringDeduplication");
    /** Micro still runs a one-member Hazelcast with --nocluster; bound to loopback here, it joins nobody. */
    private static final List<String> SYSTEM_PROPERTIES = List.of(
            "-Dhazelcast.socket.bind.any=false",
            "-Dparley.gateway.resume-max-events=50",
            "-Dparley.gateway.resume-from-grid=true",
            "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl");
    private static final long STARTUP_SECONDS = 300;

    private static URL url;
    private static Process process;
    private static Path logFile;
    /** why the server could not start: told to every later test class at once, rather than waited for again */
    private static RuntimeException failure;

    private ParleyServer() {
    }

    /** The server's address (ending in "/"), starting it first if this JVM has not yet. */
    static synchronized URL url() {
        if (failure != null) {
            throw failure;
        }
        if (url == null) {
            try {
                url = start();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return url;
    }

    private static URL start() {
        Path dir = Path.of(System.getProperty("parley.it.dir", "target/it"));
        Path war = Path.of(System.getProperty("parley.war", "target/parley.war"));
        Path root = dir.resolve("micro-root");
        Path log = dir.resolve("server.log");
        logFile = log;
        try {
            deleteRecursively(root);
            Files.createDirectories(dir);
            // ROOT.war is served at "/", as in production behind nginx
            Path rootWar = dir.resolve("ROOT.war");
            Files.copy(war, rootWar, StandardCopyOption.REPLACE_EXISTING);
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of(JVM_OPTIONS.trim().split("\\s+")));
            command.addAll(SYSTEM_PROPERTIES);
            command.addAll(List.of("-jar", dir.resolve("payara-micro.jar").toString(),
                    "--nocluster", "--interfaces", "127.0.0.1", "--port", String.valueOf(port),
                    "--rootDir", root.toString(), "--deploy", rootWar.toString()));
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Runtime.getRuntime().addShutdownHook(new Thread(ParleyServer::stop, "parley-it-server-stop"));
            awaitReady(process, log);
            return new URL("http://127.0.0.1:" + port + "/");
        } catch (IOException e) {
            throw new UncheckedIOException("starting Payara Micro for the system tests failed", e);
        }
    }

    /** Copies the server's output to the log file and returns once Micro says it is ready. */
    private static void awaitReady(Process server, Path log) throws IOException {
        CountDownLatch ready = new CountDownLatch(1);
        Deque<String> lastLines = new ArrayDeque<>();
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    out.println(line);
                    synchronized (lastLines) {
                        lastLines.addLast(line);
                        if (lastLines.size() > 40) {
                            lastLines.removeFirst();
                        }
                    }
                    if (line.contains("Payara Micro") && line.contains("ready in")) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // the server is gone; whoever waits finds out below
            } finally {
                out.close();
            }
        }, "parley-it-server-log");
        pump.setDaemon(true);
        pump.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_SECONDS);
        try {
            while (!ready.await(1, TimeUnit.SECONDS)) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    String tail;
                    synchronized (lastLines) {
                        tail = String.join("\n", lastLines);
                    }
                    boolean alive = server.isAlive();
                    server.destroyForcibly();
                    throw new IllegalStateException((alive ? "Payara Micro did not get ready in "
                            + STARTUP_SECONDS + " s" : "Payara Micro stopped while starting")
                            + "; its log is " + log.toAbsolutePath() + ", ending:\n" + tail);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Payara Micro started", e);
        }
    }

    /** How many lines of the server's log so far contain {@code text} (a refusal it logged, say). */
    static synchronized long logLinesContaining(String text) {
        try (Stream<String> lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(text)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop() {
        Process server = process;
        if (server == null || !server.isAlive()) {
            return;
        }
        server.destroy();
        try {
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
