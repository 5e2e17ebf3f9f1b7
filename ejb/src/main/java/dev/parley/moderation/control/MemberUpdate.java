package dev.parley.moderation.control;

import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.MalformedJsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * A change to a member, as {@code PATCH /api/servers/{id}/members/{userId}} takes it: a field left
 * out is left as it is, a field given as {@code null} is cleared. {@code timeoutUntil} is an
 * ISO-8601 instant (null lifts a time-out); {@code nick} is the nickname (null or "" clears it).
 * A JSON record cannot tell "absent" from "null", so this is read from the parsed object.
 */
public record MemberUpdate(boolean setsTimeout, Instant timeoutUntil, boolean setsNick, String nick) {

    public static final String TIMEOUT_UNTIL = "timeoutUntil";
    public static final String NICK = "nick";

    /** The update a JSON body describes; a value of the wrong type is a 400 naming its field. */
    public static MemberUpdate of(JsonValue body) {
        if (body == null || body.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidInputException("A request body is required.", Map.of("body", "must not be empty"));
        }
        if (!(body instanceof JsonObject object)) {
            throw new MalformedJsonException("The request body must be a JSON object.");
        }
        Map<String, String> problems = new TreeMap<>();
        boolean setsTimeout = object.containsKey(TIMEOUT_UNTIL);
        Instant until = null;
        if (setsTimeout && !object.isNull(TIMEOUT_UNTIL)) {
            if (object.get(TIMEOUT_UNTIL) instanceof JsonString s) {
                try {
                    until = OffsetDateTime.parse(s.getString()).toInstant();
                } catch (DateTimeParseException e) {
                    problems.put(TIMEOUT_UNTIL, "must be an ISO-8601 date and time with an offset, e.g. 2030-01-01T12:00:00Z");
                }
            } else {
                problems.put(TIMEOUT_UNTIL, "must be a string or null");
            }
        }
        boolean setsNick = object.containsKey(NICK);
        String nick = null;
        if (setsNick && !object.isNull(NICK)) {
            if (object.get(NICK) instanceof JsonString s) {
                nick = s.getString();
            } else {
                problems.put(NICK, "must be a string or null");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some fields are not valid.", problems);
        }
        if (!setsTimeout && !setsNick) {
            throw new InvalidInputException("Give timeoutUntil or nick.", Map.of("body", "must set timeoutUntil or nick"));
        }
        return new MemberUpdate(setsTimeout, until, setsNick, nick);
    }
}
