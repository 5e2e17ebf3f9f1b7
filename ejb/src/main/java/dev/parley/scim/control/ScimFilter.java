package dev.parley.scim.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code GET /Users?filter=} as identity providers send it to find one user (RFC 7644 §3.4.2.2):
 * one {@code eq} comparison of {@code userName}, {@code externalId}, {@code emails.value} (or
 * {@code emails}), {@code id} or {@code active} with a JSON value, such as
 * {@code userName eq "ada@example.com"}. Attribute names and the operator are case-insensitive and may
 * carry the User schema's URN. Anything else (other operators, {@code and}/{@code or}, other
 * attributes, a malformed value) is refused with 400 {@code invalidFilter}: a filter this server
 * cannot apply must not silently match everybody.
 */
public record ScimFilter(Attribute attribute, String value) {

    /** The attributes a filter can compare. */
    public enum Attribute {
        USER_NAME, EXTERNAL_ID, EMAIL, ID, ACTIVE
    }

    static final int MAX_LENGTH = 1000;
    private static final String USER_URN = "urn:ietf:params:scim:schemas:core:2.0:user:";
    private static final Pattern COMPARISON = Pattern.compile(
            "\\s*([A-Za-z][A-Za-z0-9:._$-]*)\\s+([A-Za-z]+)(?:\\s+(.*?))?\\s*", Pattern.DOTALL);

    public static ScimFilter parse(String text) {
        if (text == null || text.isBlank()) {
            throw ScimException.invalidFilter("The filter is empty.");
        }
        if (text.length() > MAX_LENGTH) {
            throw ScimException.invalidFilter("The filter is longer than " + MAX_LENGTH + " characters.");
        }
        Matcher m = COMPARISON.matcher(text);
        if (!m.matches()) {
            throw ScimException.invalidFilter("The filter is not of the form: attribute eq \"value\".");
        }
        String path = m.group(1).toLowerCase(Locale.ROOT);
        if (path.startsWith(USER_URN)) {
            path = path.substring(USER_URN.length());
        }
        String operator = m.group(2).toLowerCase(Locale.ROOT);
        String literal = m.group(3);
        Attribute attribute = switch (path) {
            case "username" -> Attribute.USER_NAME;
            case "externalid" -> Attribute.EXTERNAL_ID;
            case "emails", "emails.value" -> Attribute.EMAIL;
            case "id" -> Attribute.ID;
            case "active" -> Attribute.ACTIVE;
            default -> throw ScimException.invalidFilter("Filtering by '" + m.group(1) + "' is not supported;"
                    + " use userName, externalId, emails.value, id or active.");
        };
        if (!operator.equals("eq")) {
            throw ScimException.invalidFilter("The operator '" + m.group(2) + "' is not supported; use eq.");
        }
        if (literal == null || literal.isEmpty()) {
            throw ScimException.invalidFilter("The filter has no value to compare with.");
        }
        JsonValue value;
        try (JsonParser parser = Json.createParser(new StringReader(literal))) {
            parser.next();
            value = parser.getValue();
            if (parser.hasNext()) {
                throw new JsonException("more after the value");
            }
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw ScimException.invalidFilter("The value is not a JSON string, true or false (only one"
                    + " comparison is supported, no and/or).");
        }
        if (attribute == Attribute.ACTIVE) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw ScimException.invalidFilter("active is compared with true or false.");
            }
            return new ScimFilter(attribute, value == JsonValue.TRUE ? "true" : "false");
        }
        if (!(value instanceof JsonString s)) {
            throw ScimException.invalidFilter("The value must be a string in double quotes.");
        }
        return new ScimFilter(attribute, s.getString());
    }
}
