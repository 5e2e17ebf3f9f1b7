package dev.parley.gateway;

import dev.parley.platform.control.InvalidInputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/** One client event being answered: who sent it, what it carries, and the way back. */
public final class GatewayCall {

    private final GatewayFrame frame;
    private final UUID userId;
    private final BiConsumer<String, Object> replies;
    private final java.util.function.Consumer<Throwable> failures;

    GatewayCall(GatewayFrame frame, UUID userId, BiConsumer<String, Object> replies,
            java.util.function.Consumer<Throwable> failures) {
        this.frame = frame;
        this.userId = userId;
        this.replies = replies;
        this.failures = failures;
    }

    public String event() {
        return frame.event();
    }

    /** The authenticated user who sent it. */
    public UUID user() {
        return userId;
    }

    public JsonObject data() {
        return frame.data();
    }

    /** A string field of the data, if it is there and a string. */
    public Optional<String> text(String name) {
        return frame.text(name);
    }

    /** An optional string field; present but not a string (or null) is invalid input naming it. */
    public String optionalText(String name) {
        JsonValue value = frame.data().get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw new InvalidInputException("The " + name + " must be a string.", Map.of(name, "must be a string"));
    }

    /** A required id field. */
    public UUID requiredId(String name) {
        String text = optionalText(name);
        if (text == null) {
            throw new InvalidInputException("The " + name + " is required.", Map.of(name, "is required"));
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("The " + name + " is not a valid id.", Map.of(name, "is not a valid id"));
        }
    }

    /** Sends the answer event; {@code data} is rendered with the one JSON mapping. */
    public void reply(String event, Object data) {
        replies.accept(event, data);
    }

    /** Answers with the {@code error} event for this failure. */
    public void fail(Throwable failure) {
        failures.accept(failure);
    }
}
