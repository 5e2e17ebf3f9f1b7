package dev.parley.platform.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads what clients send into service input records without guessing: one JSON value in UTF-8 and
 * nothing after it, no key twice in an object, and each field of the JSON type its component has
 * (a string for a String or a UUID, a whole number in range for an Integer or a Long, true/false for
 * a Boolean). JSON-B would coerce {@code "5"} to 5, {@code 1.5} to 1 and {@code 5} to {@code "5"};
 * here they are refused, naming the field. Unknown keys are ignored, so clients can be newer than us.
 *
 * <p>Problems with the text itself (not JSON, trailing text, a repeated key, not an object, nested too
 * deep, not UTF-8) are {@link MalformedJsonException}s; a value of the wrong type is an
 * {@link InvalidInputException} naming every such field. Shared by REST (its message body reader) and
 * any other way in that receives JSON (the gateway's frame data).
 */
public final class StrictJson {

    /** Deeper than any input we take; stops a body of a million '[' from costing a deep stack. */
    static final int MAX_DEPTH = 32;
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private StrictJson() {
    }

    /** The record a JSON body describes, or null for an empty body or {@code null}. */
    public static <T> T read(InputStream body, Class<T> type) {
        JsonValue value = parse(body);
        return value == null ? null : bind(value, type);
    }

    /** Parses one JSON value strictly; null when the input is empty (only whitespace). */
    public static JsonValue parse(InputStream body) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return parse(new InputStreamReader(body, decoder));
    }

    public static JsonValue parse(Reader text) {
        PushbackReader in = new PushbackReader(text, 1);
        try {
            if (!hasContent(in)) {
                return null;
            }
            try (JsonParser parser = JSON.createParser(in)) {
                JsonValue value = value(parser, parser.next(), 0);
                if (hasMore(parser)) {
                    throw malformed("has more text after the JSON value");
                }
                return value;
            }
        } catch (JsonParsingException | NumberFormatException | java.util.NoSuchElementException e) {
            throw malformed("is not valid JSON");
        } catch (JsonException e) {
            if (causedBy(e, CharacterCodingException.class)) {
                throw malformed("is not UTF-8");
            }
            throw e; // an I/O failure (a body over the size limit among them): not the client's syntax
        } catch (IOException e) {
            if (e instanceof CharacterCodingException) {
                throw malformed("is not UTF-8");
            }
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Binds a parsed value to a record, refusing values of another JSON type than the component's.
     * {@code null} and absent keys give null components (Bean Validation decides whether that is allowed).
     */
    public static <T> T bind(JsonValue value, Class<T> type) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject)) {
            throw malformed("must be a JSON object");
        }
        Map<String, String> problems = new TreeMap<>();
        Object bound = bindRecord((JsonObject) value, type, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some fields are not valid.", problems);
        }
        return type.cast(bound);
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event, int depth) {
        switch (event) {
            case START_OBJECT -> {
                if (depth >= MAX_DEPTH) {
                    throw malformed("is nested too deeply");
                }
                JsonObjectBuilder object = JSON.createObjectBuilder();
                Set<String> keys = new HashSet<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String key = parser.getString();
                    if (!keys.add(key)) {
                        throw malformed("repeats the key \"" + shortened(key) + "\"");
                    }
                    object.add(key, value(parser, parser.next(), depth + 1));
                }
                return object.build();
            }
            case START_ARRAY -> {
                if (depth >= MAX_DEPTH) {
                    throw malformed("is nested too deeply");
                }
                JsonArrayBuilder array = JSON.createArrayBuilder();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    array.add(value(parser, next, depth + 1));
                }
                return array.build();
            }
            case VALUE_STRING -> {
                return JSON.createValue(parser.getString());
            }
            case VALUE_NUMBER -> {
                return JSON.createValue(parser.getBigDecimal());
            }
            case VALUE_TRUE -> {
                return JsonValue.TRUE;
            }
            case VALUE_FALSE -> {
                return JsonValue.FALSE;
            }
            case VALUE_NULL -> {
                return JsonValue.NULL;
            }
            default -> throw malformed("is not valid JSON");
        }
    }

    private static Object bindRecord(JsonObject object, Class<?> type, String prefix, Map<String, String> problems) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            JsonValue v = object.getOrDefault(c.getName(), JsonValue.NULL);
            args[i] = bindValue(v, c.getGenericType(), prefix + c.getName(), problems);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type, e);
        }
    }

    private static Object bindValue(JsonValue v, Type type, String field, Map<String, String> problems) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                problems.put(field, "must not be null");
            }
            return null;
        }
        if (raw == String.class) {
            return v instanceof JsonString s ? s.getString() : refuse(problems, field, "must be a string");
        }
        if (raw == UUID.class) {
            if (v instanceof JsonString s && CANONICAL_UUID.matcher(s.getString()).matches()) {
                return UUID.fromString(s.getString());
            }
            return refuse(problems, field, "must be a UUID");
        }
        if (raw == Integer.class || raw == int.class) {
            BigDecimal n = wholeNumber(v, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return n == null ? refuse(problems, field, "must be a whole number from " + Integer.MIN_VALUE + " to "
                    + Integer.MAX_VALUE) : n.intValueExact();
        }
        if (raw == Long.class || raw == long.class) {
            BigDecimal n = wholeNumber(v, Long.MIN_VALUE, Long.MAX_VALUE);
            return n == null ? refuse(problems, field, "must be a whole number from " + Long.MIN_VALUE + " to "
                    + Long.MAX_VALUE) : n.longValueExact();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE) {
                return v.getValueType() == JsonValue.ValueType.TRUE;
            }
            return refuse(problems, field, "must be true or false");
        }
        if (raw == List.class && type instanceof ParameterizedType p) {
            if (!(v instanceof JsonArray array)) {
                return refuse(problems, field, "must be an array");
            }
            List<Object> items = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                items.add(bindValue(array.get(i), p.getActualTypeArguments()[0], field + "[" + i + "]", problems));
            }
            return List.copyOf(items.stream().filter(java.util.Objects::nonNull).toList());
        }
        if (raw.isRecord()) {
            return v instanceof JsonObject o ? bindRecord(o, raw, field + ".", problems)
                    : refuse(problems, field, "must be an object");
        }
        throw new IllegalArgumentException("StrictJson cannot bind " + type + " (" + field + ")");
    }

    /** The number if it is whole and within [min, max]; cheap even for 1e-1000000000 or 1e309. */
    private static BigDecimal wholeNumber(JsonValue v, long min, long max) {
        if (!(v instanceof JsonNumber number)) {
            return null;
        }
        BigDecimal n = number.bigDecimalValue().stripTrailingZeros();
        if (n.scale() > 0 || n.precision() - n.scale() > 19) {
            return null;
        }
        if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            return null;
        }
        return n;
    }

    private static Object refuse(Map<String, String> problems, String field, String message) {
        problems.put(field, message);
        return null;
    }

    private static boolean hasContent(PushbackReader in) throws IOException {
        int c;
        do {
            c = in.read();
        } while (c == ' ' || c == '\t' || c == '\n' || c == '\r');
        if (c < 0) {
            return false;
        }
        in.unread(c);
        return true;
    }

    private static boolean hasMore(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonParsingException e) {
            return true;
        }
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String shortened(String key) {
        String printable = key.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }

    private static MalformedJsonException malformed(String what) {
        return new MalformedJsonException("The request body " + what + ".", Map.of("body", what));
    }
}
