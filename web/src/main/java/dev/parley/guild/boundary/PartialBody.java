package dev.parley.guild.boundary;

import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.MalformedJsonException;
import dev.parley.platform.control.StrictJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

/**
 * A request body for a partial change (PATCH, and PUT where it means the same): the record its
 * fields bind to, read as strictly as every other body, and which fields it named. A field left
 * out keeps its value; a field sent as {@code null} is cleared.
 *
 * @param <T> the input record
 */
public record PartialBody<T>(T values, Set<String> given) {

    /** Reads one JSON object from {@code body}; an empty body or {@code null} is refused. */
    public static <T> PartialBody<T> read(InputStream body, Class<T> type) {
        JsonValue value = StrictJson.parse(body);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidInputException("A request body is required.", Map.of("body", "must not be empty"));
        }
        if (!(value instanceof JsonObject object)) {
            throw new MalformedJsonException("The request body must be a JSON object.",
                    Map.of("body", "must be a JSON object"));
        }
        return of(object, type);
    }

    /** Binds one object already parsed. */
    public static <T> PartialBody<T> of(JsonObject object, Class<T> type) {
        return new PartialBody<>(StrictJson.bind(object, type), Set.copyOf(object.keySet()));
    }
}
