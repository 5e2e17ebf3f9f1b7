package dev.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * Figures as rows {@code scenario, case, metric, subject, value, target}, printed and (with
 * {@code --results}) appended to a TSV file that {@link Report} turns into docs/perf/realtime.md.
 */
public final class Results {

    public record Row(String scenario, String kase, String metric, String subject, String value, String target) {
        String tsv() {
            return String.join("\t", clean(scenario), clean(kase), clean(metric), clean(subject), clean(value), clean(target));
        }

        static Row parse(String line) {
            String[] f = line.split("\t", -1);
            return new Row(f[0], f[1], f[2], f[3], f[4], f.length > 5 ? f[5] : "");
        }

        private static String clean(String s) {
            return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
        }
    }

    private final Path file;
    private final String subject;
    private final List<Row> rows = new ArrayList<>();

    public Results(Path file, String subject) {
        this.file = file;
        this.subject = subject;
    }

    public List<Row> rows() {
        return rows;
    }

    public void add(String scenario, String kase, String metric, String value, String target) {
        Row row = new Row(scenario, kase, metric, subject, value, target);
        rows.add(row);
        Main.log(String.format("RESULT %-10s %-28s %-34s %s", scenario, kase, metric, value));
        if (file != null) {
            try {
                Files.writeString(file, row.tsv() + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public void add(String scenario, String kase, String metric, long value, String target) {
        add(scenario, kase, metric, Long.toString(value), target);
    }

    public void add(String scenario, String kase, String metric, double value, String target) {
        add(scenario, kase, metric, num(value), target);
    }

    /** p50, p99 and max of a histogram of microseconds, in ms. */
    public void latencies(String scenario, String kase, String what, Histogram h, String p99Target) {
        if (h.getTotalCount() == 0) {
            add(scenario, kase, what + " p50 (ms)", "-", "");
            add(scenario, kase, what + " p99 (ms)", "-", p99Target);
            return;
        }
        add(scenario, kase, what + " p50 (ms)", ms(h.getValueAtPercentile(50)), "");
        add(scenario, kase, what + " p99 (ms)", ms(h.getValueAtPercentile(99)), p99Target);
        add(scenario, kase, what + " max (ms)", ms(h.getMaxValue()), "");
    }

    /** A histogram of microseconds up to an hour, 3 significant digits. */
    public static Histogram histogram() {
        return new Histogram(3_600_000_000L, 3);
    }

    static double ms(long micros) {
        return micros / 1000.0;
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return Long.toString((long) v);
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                : Math.abs(v) >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
