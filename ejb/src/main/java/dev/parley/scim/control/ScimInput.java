package dev.parley.scim.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a SCIM User as identity providers send it (POST and PUT bodies, PATCH values): attribute
 * names in any case (RFC 7643 §2.1), the User schema's URN before a name or not, {@code active} as
 * JSON true/false or as the strings "True"/"False" (Entra ID), the primary email (else the first).
 * Attributes Parley does not keep (phone numbers, addresses, titles, the enterprise extension, ...)
 * are ignored; read-only ones ({@code id}, {@code meta}) too.
 */
public final class ScimInput {

    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final int NAME_MAX = 100;
    static final int TEXT_MAX = 255;

    private ScimInput() {
    }

    /** A whole User (POST, PUT): {@code userName} is required. */
    public static ScimUserData user(JsonObject body) {
        Map<String, JsonValue> a = attributes(body);
        String userName = string(a, "userName");
        if (userName == null || userName.isBlank()) {
            throw ScimException.invalidValue("userName is required.");
        }
        String given = null;
        String family = null;
        String formatted = null;
        JsonValue name = a.get("name");
        if (name != null && name != JsonValue.NULL) {
            if (!(name instanceof JsonObject n)) {
                throw ScimException.invalidValue("name must be an object.");
            }
            Map<String, JsonValue> parts = attributes(n);
            given = string(parts, "givenName");
            family = string(parts, "familyName");
            formatted = string(parts, "formatted");
        }
        JsonValue active = a.get("active");
        return checked(new ScimUserData(userName, string(a, "externalId"), given, family, formatted,
                string(a, "displayName"), email(a.get("emails")), active == null ? null : active(active),
                string(a, "password")));
    }

    /** The attributes of an object by lower-case name, without the User schema's URN before them. */
    static Map<String, JsonValue> attributes(JsonObject object) {
        Map<String, JsonValue> byName = new HashMap<>();
        object.forEach((key, value) -> byName.put(attributeName(key), value));
        return byName;
    }

    /** {@code urn:…:User:name.givenName} → {@code name.givenname}. */
    static String attributeName(String key) {
        String k = key.strip();
        if (k.regionMatches(true, 0, USER_SCHEMA + ":", 0, USER_SCHEMA.length() + 1)) {
            k = k.substring(USER_SCHEMA.length() + 1);
        }
        return k.toLowerCase(Locale.ROOT);
    }

    /** A string attribute (null when absent or JSON null); any other JSON type is refused. */
    static String string(Map<String, JsonValue> attributes, String name) {
        return string(attributes.get(name.toLowerCase(Locale.ROOT)), name);
    }

    static String string(JsonValue value, String name) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            throw ScimException.invalidValue(name + " must be a string.");
        }
        return s.getString();
    }

    /** true/false, or the strings "true"/"false" in any case, as Entra ID sends them. */
    static boolean active(JsonValue value) {
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        if (value instanceof JsonString s) {
            String t = s.getString().strip();
            if (t.equalsIgnoreCase("true")) {
                return true;
            }
            if (t.equalsIgnoreCase("false")) {
                return false;
            }
        }
        if (value instanceof JsonNumber) {
            throw ScimException.invalidValue("active must be true or false, not a number.");
        }
        throw ScimException.invalidValue("active must be true or false.");
    }

    /** The value of the primary email of a SCIM {@code emails} array, else of its first; null for none. */
    static String email(JsonValue emails) {
        if (emails == null || emails == JsonValue.NULL) {
            return null;
        }
        if (!(emails instanceof JsonArray list)) {
            throw ScimException.invalidValue("emails must be an array of {\"value\", \"type\", \"primary\"}.");
        }
        String first = null;
        for (JsonValue item : list) {
            if (!(item instanceof JsonObject e)) {
                throw ScimException.invalidValue("emails must be an array of {\"value\", \"type\", \"primary\"}.");
            }
            Map<String, JsonValue> parts = attributes(e);
            String value = string(parts, "value");
            JsonValue primary = parts.get("primary");
            if (value != null && primary != null && primary != JsonValue.NULL && active(primary)) {
                return value;
            }
            if (first == null) {
                first = value;
            }
        }
        return first;
    }

    /** Refuses what cannot be stored: too long, or not an email address. */
    static ScimUserData checked(ScimUserData d) {
        max(d.userName(), TEXT_MAX, "userName");
        max(d.externalId(), TEXT_MAX, "externalId");
        max(d.givenName(), NAME_MAX, "name.givenName");
        max(d.familyName(), NAME_MAX, "name.familyName");
        max(d.formattedName(), TEXT_MAX, "name.formatted");
        max(d.shownName(), NAME_MAX, "displayName");
        if (d.userName() != null && d.userName().isBlank()) {
            throw ScimException.invalidValue("userName must not be blank.");
        }
        if (d.email() != null && !isEmail(d.email())) {
            throw ScimException.invalidValue("emails: the value is not an email address.");
        }
        if (d.password() != null && (d.password().length() < 8 || d.password().length() > 128)) {
            throw ScimException.invalidValue("password must have 8 to 128 characters.");
        }
        return d;
    }

    private static void max(String value, int max, String name) {
        if (value != null && value.length() > max) {
            throw ScimException.invalidValue(name + " is longer than " + max + " characters.");
        }
    }

    /** An address with one @, something before it and a dotless-or-dotted domain without spaces. */
    static boolean isEmail(String text) {
        String t = text.strip();
        int at = t.indexOf('@');
        return t.length() <= TEXT_MAX && at > 0 && at == t.lastIndexOf('@') && at < t.length() - 1
                && t.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                        || c == '<' || c == '>' || c == '"' || c == ',');
    }
}
