package dev.parley.platform.control;

import java.time.Instant;

/**
 * Writes JSON values into a {@link StringBuilder} exactly as the shared JSON-B mapping
 * ({@link JsonMapping}) renders them, for the few shapes written often enough that the mapping's
 * reflection and garbage show (a history page, a message event). Strings are escaped as Parsson
 * escapes them: quote, backslash and the C0 controls, nothing else; instants as
 * {@link java.time.format.DateTimeFormatter#ISO_INSTANT}.
 */
public final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /** {@code value} as a JSON string literal, quotes included. */
    public static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        int n = value.length();
        int plain = 0;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(value, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.append(value, plain, n).append('"');
    }

    /**
     * {@code instant} as an ISO-8601 UTC string literal, {@code "2026-12-02T06:24:50.907Z"}: the
     * fraction in groups of three digits as needed, none when zero.
     */
    public static StringBuilder instant(StringBuilder out, Instant instant) {
        long seconds = instant.getEpochSecond();
        // years 0001-9999 by hand; anything else as java.time writes it
        if (seconds < -62_135_596_800L || seconds > 253_402_300_799L) {
            return out.append('"').append(instant).append('"');
        }
        long days = Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        // civil date from days since 1970-01-01 (H. Hinnant's algorithm)
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        out.append('"');
        digits(out, (int) year, 4).append('-');
        digits(out, month, 2).append('-');
        digits(out, day, 2).append('T');
        digits(out, secondOfDay / 3600, 2).append(':');
        digits(out, secondOfDay / 60 % 60, 2).append(':');
        digits(out, secondOfDay % 60, 2);
        int nanos = instant.getNano();
        if (nanos != 0) {
            out.append('.');
            if (nanos % 1_000_000 == 0) {
                digits(out, nanos / 1_000_000, 3);
            } else if (nanos % 1000 == 0) {
                digits(out, nanos / 1000, 6);
            } else {
                digits(out, nanos, 9);
            }
        }
        return out.append("Z\"");
    }

    private static StringBuilder digits(StringBuilder out, int value, int width) {
        int start = out.length();
        for (int i = 0; i < width; i++) {
            out.append('0');
        }
        for (int i = start + width - 1; i >= start && value > 0; i--) {
            out.setCharAt(i, (char) ('0' + value % 10));
            value /= 10;
        }
        return out;
    }
}
