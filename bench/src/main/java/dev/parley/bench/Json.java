package dev.parley.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for a load generator, without a library on the hot path.
 *
 * <p>{@link #frame(String)} reads the top level of a gateway frame ({@code event}, {@code seq}
 * and where {@code data} is) in one pass without building objects; {@link Frame#str(String)}
 * then finds the first member of that name anywhere inside {@code data}. {@link #parse(String)}
 * is a plain recursive parser (maps, lists, strings, numbers as {@code Double} or {@code Long},
 * booleans, null) for REST answers, which are off the hot path.
 */
public final class Json {

    private Json() {
    }

    /** The top level of one gateway frame. */
    public record Frame(String text, String event, long seq, int dataStart, int dataEnd) {

        /** The first string member named {@code key} anywhere inside {@code data}, or null. */
        public String str(String key) {
            int at = valueAt(key);
            return at < 0 || text.charAt(at) != '"' ? null : readString(text, at, new int[1]);
        }

        /** The first numeric member named {@code key} inside {@code data}, or {@code fallback}. */
        public double num(String key, double fallback) {
            int at = valueAt(key);
            if (at < 0) {
                return fallback;
            }
            int end = at;
            while (end < dataEnd && "+-0123456789.eE".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            try {
                return end == at ? fallback : Double.parseDouble(text.substring(at, end));
            } catch (NumberFormatException e) {
                return fallback;
            }
        }

        /** Where the value of the first member {@code "key"} inside data starts, or -1. */
        private int valueAt(String key) {
            if (dataStart < 0) {
                return -1;
            }
            String quoted = '"' + key + '"';
            for (int from = dataStart; ; ) {
                int at = text.indexOf(quoted, from);
                if (at < 0 || at >= dataEnd) {
                    return -1;
                }
                int i = skipWs(text, at + quoted.length());
                if (i < dataEnd && text.charAt(i) == ':') {
                    return skipWs(text, i + 1);
                }
                from = at + 1; // a string value equal to the key, not a member name
            }
        }
    }

    /** Reads a frame's top level; a text that is not a JSON object gives a frame with no event. */
    public static Frame frame(String s) {
        String event = null;
        long seq = -1;
        int dataStart = -1;
        int dataEnd = -1;
        int i = skipWs(s, 0);
        if (i >= s.length() || s.charAt(i) != '{') {
            return new Frame(s, null, -1, -1, -1);
        }
        int[] end = new int[1];
        i = skipWs(s, i + 1);
        while (i < s.length() && s.charAt(i) == '"') {
            String key = readString(s, i, end);
            i = skipWs(s, end[0]);
            if (i >= s.length() || s.charAt(i) != ':') {
                break;
            }
            i = skipWs(s, i + 1);
            int valueEnd = skipValue(s, i);
            switch (key) {
                case "event" -> event = s.charAt(i) == '"' ? readString(s, i, end) : null;
                case "seq" -> {
                    try {
                        seq = Long.parseLong(s.substring(i, valueEnd).strip());
                    } catch (NumberFormatException e) {
                        seq = -1;
                    }
                }
                case "data" -> {
                    dataStart = i;
                    dataEnd = valueEnd;
                }
                default -> {
                }
            }
            i = skipWs(s, valueEnd);
            if (i < s.length() && s.charAt(i) == ',') {
                i = skipWs(s, i + 1);
            } else {
                break;
            }
        }
        return new Frame(s, event, seq, dataStart, dataEnd);
    }

    /** A JSON string literal of {@code s}. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Parses any JSON text into maps, lists and values. */
    public static Object parse(String s) {
        int[] pos = {0};
        Object v = value(s, pos);
        if (skipWs(s, pos[0]) != s.length()) {
            throw new IllegalArgumentException("trailing text in JSON at " + pos[0]);
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String s) {
        return (Map<String, Object>) parse(s);
    }

    @SuppressWarnings("unchecked")
    public static List<Object> array(String s) {
        return (List<Object>) parse(s);
    }

    private static Object value(String s, int[] pos) {
        int i = skipWs(s, pos[0]);
        if (i >= s.length()) {
            throw new IllegalArgumentException("unexpected end of JSON");
        }
        char c = s.charAt(i);
        int[] end = new int[1];
        switch (c) {
            case '{' -> {
                Map<String, Object> m = new LinkedHashMap<>();
                i = skipWs(s, i + 1);
                if (s.charAt(i) == '}') {
                    pos[0] = i + 1;
                    return m;
                }
                while (true) {
                    String key = readString(s, skipWs(s, i), end);
                    i = skipWs(s, end[0]);
                    if (s.charAt(i) != ':') {
                        throw new IllegalArgumentException("expected ':' at " + i);
                    }
                    pos[0] = i + 1;
                    m.put(key, value(s, pos));
                    i = skipWs(s, pos[0]);
                    if (s.charAt(i) == ',') {
                        i++;
                    } else if (s.charAt(i) == '}') {
                        pos[0] = i + 1;
                        return m;
                    } else {
                        throw new IllegalArgumentException("expected ',' or '}' at " + i);
                    }
                }
            }
            case '[' -> {
                List<Object> l = new ArrayList<>();
                i = skipWs(s, i + 1);
                if (s.charAt(i) == ']') {
                    pos[0] = i + 1;
                    return l;
                }
                pos[0] = i;
                while (true) {
                    l.add(value(s, pos));
                    i = skipWs(s, pos[0]);
                    if (s.charAt(i) == ',') {
                        pos[0] = i + 1;
                    } else if (s.charAt(i) == ']') {
                        pos[0] = i + 1;
                        return l;
                    } else {
                        throw new IllegalArgumentException("expected ',' or ']' at " + i);
                    }
                }
            }
            case '"' -> {
                String str = readString(s, i, end);
                pos[0] = end[0];
                return str;
            }
            default -> {
                int e = skipValue(s, i);
                String lit = s.substring(i, e).strip();
                pos[0] = e;
                return switch (lit) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    case "null" -> null;
                    default -> lit.contains(".") || lit.contains("e") || lit.contains("E")
                            ? (Object) Double.valueOf(lit) : (Object) Long.valueOf(lit);
                };
            }
        }
    }

    static int skipWs(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Reads the string literal starting at {@code s[i] == '"'}; {@code end[0]} is set past it. */
    static String readString(String s, int i, int[] end) {
        int j = i + 1;
        int k = j;
        while (k < s.length()) { // the common case: no escapes
            char c = s.charAt(k);
            if (c == '"') {
                end[0] = k + 1;
                return s.substring(j, k);
            }
            if (c == '\\') {
                break;
            }
            k++;
        }
        StringBuilder b = new StringBuilder(s.substring(j, k));
        j = k;
        while (j < s.length()) {
            char c = s.charAt(j++);
            if (c == '"') {
                end[0] = j;
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(j++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(j, j + 4), 16));
                    j += 4;
                }
                default -> b.append(e);
            }
        }
        throw new IllegalArgumentException("unterminated string");
    }

    /** The index just past the JSON value starting at {@code i}. */
    static int skipValue(String s, int i) {
        if (i >= s.length()) {
            return i;
        }
        char c = s.charAt(i);
        if (c == '"') {
            int[] end = new int[1];
            readString(s, i, end);
            return end[0];
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            for (int j = i; j < s.length(); j++) {
                char d = s.charAt(j);
                if (d == '"') {
                    int[] end = new int[1];
                    readString(s, j, end);
                    j = end[0] - 1;
                } else if (d == '{' || d == '[') {
                    depth++;
                } else if (d == '}' || d == ']') {
                    if (--depth == 0) {
                        return j + 1;
                    }
                }
            }
            return s.length();
        }
        int j = i;
        while (j < s.length() && ",}] \t\r\n".indexOf(s.charAt(j)) < 0) {
            j++;
        }
        return j;
    }
}
