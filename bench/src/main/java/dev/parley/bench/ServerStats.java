package dev.parley.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** CPU time and resident memory of the subject's process from /proc (Linux), and the load average. */
public final class ServerStats {

    /** USER_HZ; 100 on every Linux this runs on (sysconf is not reachable from Java). */
    static final double TICKS_PER_SECOND = 100.0;
    private final long pid;

    private ServerStats(long pid) {
        this.pid = pid;
    }

    /** Stats of process {@code pid}; or, when {@code pid <= 0}, of the process listening on {@code port}; or none. */
    public static ServerStats of(long pid, int port) {
        if (pid > 0) {
            return new ServerStats(pid);
        }
        long found = port > 0 ? pidListeningOn(port) : -1;
        if (found <= 0) {
            Main.log("no server process found (give --pid): CPU and memory are not measured");
        }
        return new ServerStats(found);
    }

    /** This JVM: the generator's own CPU, to see when it rather than the subject is the limit. */
    public static ServerStats self() {
        return new ServerStats(ProcessHandle.current().pid());
    }

    public boolean known() {
        return pid > 0 && Files.isDirectory(Path.of("/proc/" + pid));
    }

    public long pid() {
        return pid;
    }

    /** utime + stime of the process in seconds, or NaN. */
    public double cpuSeconds() {
        if (!known()) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command in parentheses may contain spaces: fields are counted after the last ')'
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** VmRSS in KiB, or -1. */
    public long rssKiB() {
        if (!known()) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return -1;
    }

    /**
     * The subject's used Java heap in KiB right after a full GC ({@code jcmd PID GC.run}, then
     * {@code GC.heap_info}), or -1 when it is not a JVM jcmd can reach.
     */
    public long liveHeapKiB() {
        if (!known()) {
            return -1;
        }
        try {
            jcmd("GC.run");
            for (String line : jcmd("GC.heap_info").split("\n")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("heap\\s+total\\s+\\d+K, used (\\d+)K").matcher(line);
                if (m.find()) {
                    return Long.parseLong(m.group(1));
                }
            }
        } catch (IOException | RuntimeException e) {
            Main.log("jcmd failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return -1;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }

    /** A CPU meter: {@link #percent()} is the busy share of one core since it was made. */
    public final class Meter {
        private final double cpu0 = cpuSeconds();
        private final long t0 = System.nanoTime();

        public double percent() {
            double wall = (System.nanoTime() - t0) / 1e9;
            return 100.0 * (cpuSeconds() - cpu0) / wall;
        }
    }

    public Meter meter() {
        return new Meter();
    }

    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** The process owning the socket that listens on TCP {@code port}, found through /proc; -1 if none. */
    static long pidListeningOn(int port) {
        String inode = null;
        String hexPort = String.format(":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && f[1].endsWith(hexPort) && "0A".equals(f[3])) { // 0A = LISTEN
                        inode = f[9];
                        break;
                    }
                }
            } catch (IOException e) {
                // no such table
            }
            if (inode != null) {
                break;
            }
        }
        if (inode == null) {
            return -1;
        }
        String target = "socket:[" + inode + "]";
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path proc : procs) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
                    for (Path fd : fds) {
                        try {
                            if (target.equals(Files.readSymbolicLink(fd).toString())) {
                                return Long.parseLong(proc.getFileName().toString());
                            }
                        } catch (IOException e) {
                            // closed meanwhile
                        }
                    }
                } catch (IOException | SecurityException e) {
                    // not ours to read, or gone
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
