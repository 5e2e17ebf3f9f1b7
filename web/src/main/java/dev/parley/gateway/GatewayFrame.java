package dev.parley.gateway;

import dev.parley.platform.control.MalformedJsonException;
import dev.parley.platform.control.StrictJson;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Optional;

/**
 * A gateway frame as a client sends it, {@code {"event": ..., "data": {...}}}. Parsing is strict, as
 * for REST bodies ({@link StrictJson}): one JSON object, no trailing text, no duplicate keys.
 *
 * @param event the event name
 * @param data the event's data; an empty object when the client sent none
 */
record GatewayFrame(String event, JsonObject data) {

    /** Looked up once: {@code Json.create...} looks the provider up again on every call. */
    static final JsonProvider JSON = JsonProvider.provider();

    /** Why a text is not a frame at all. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    static GatewayFrame parse(String text) throws Malformed {
        JsonValue value;
        try {
            // the same strict reading as REST bodies: one value, nothing after it, no key twice
            value = StrictJson.parse(new StringReader(text));
        } catch (MalformedJsonException | JsonException e) {
            throw new Malformed("The frame is not valid JSON: one object, nothing after it, no key twice.");
        }
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Malformed("A frame is a JSON object with an \"event\" and a \"data\" object.");
        }
        JsonObject frame = value.asJsonObject();
        if (!(frame.get("event") instanceof JsonString event) || event.getString().isBlank()) {
            throw new Malformed("The frame has no \"event\" string.");
        }
        JsonValue data = frame.getOrDefault("data", JsonValue.EMPTY_JSON_OBJECT);
        if (data.getValueType() == JsonValue.ValueType.NULL) {
            data = JsonValue.EMPTY_JSON_OBJECT;
        }
        if (data.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Malformed("The frame's \"data\" must be a JSON object.");
        }
        return new GatewayFrame(event.getString(), data.asJsonObject());
    }

    /** A string field of the data, if it is there and a string. */
    Optional<String> text(String name) {
        return data.get(name) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }
}
