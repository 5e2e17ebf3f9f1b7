package dev.parley.scim.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A SCIM PATCH (RFC 7644 §3.5.2) applied to a user's attributes, in the shapes Okta and Entra ID send:
 * {@code replace} with a value object ({@code {"active": false}}) and no path, or with a path
 * ({@code "path": "active", "value": "False"}), {@code add} and {@code replace} of {@code displayName},
 * {@code name.givenName}, {@code emails[type eq "work"].value}, {@code externalId}, ..., and
 * {@code remove} of optional ones. Operation names are case-insensitive. Attributes Parley does not
 * keep are ignored, as in {@link ScimInput}.
 */
public final class ScimPatch {

    static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final int MAX_OPERATIONS = 100;
    /** An attribute path: a name, an optional sub-attribute, an optional value filter of a multi-valued one. */
    private static final Pattern PATH = Pattern.compile(
            "[A-Za-z][A-Za-z0-9_$-]*(\\[[^\\[\\]]+\\])?(\\.[A-Za-z][A-Za-z0-9_$-]*)?");
    private static final Pattern EXTENSION = Pattern.compile("(?i)urn:ietf:params:scim:schemas:extension:.*");

    /** One operation: add, replace or remove; the path in lower case without the User URN, or null. */
    public record Operation(String op, String path, JsonValue value) {
    }

    private ScimPatch() {
    }

    /** The operations of a PatchOp request. */
    public static List<Operation> operations(JsonObject body) {
        Map<String, JsonValue> a = ScimInput.attributes(body);
        JsonValue ops = a.get("operations");
        if (!(ops instanceof JsonArray list) || list.isEmpty()) {
            throw ScimException.invalidSyntax("A PATCH needs \"Operations\": a list of {\"op\", \"path\", \"value\"}.");
        }
        if (list.size() > MAX_OPERATIONS) {
            throw ScimException.invalidSyntax("A PATCH has at most " + MAX_OPERATIONS + " operations.");
        }
        List<Operation> result = new ArrayList<>();
        for (JsonValue item : list) {
            if (!(item instanceof JsonObject o)) {
                throw ScimException.invalidSyntax("Each operation is an object {\"op\", \"path\", \"value\"}.");
            }
            Map<String, JsonValue> parts = ScimInput.attributes(o);
            String op = ScimInput.string(parts, "op");
            op = op == null ? "" : op.strip().toLowerCase(Locale.ROOT);
            if (!List.of("add", "replace", "remove").contains(op)) {
                throw ScimException.invalidSyntax("op must be add, replace or remove.");
            }
            String path = ScimInput.string(parts, "path");
            if (path != null) {
                path = path.strip();
                if (EXTENSION.matcher(path).matches()) {
                    path = "extension"; // kept by none: ignored below
                } else {
                    path = ScimInput.attributeName(path);
                    if (!PATH.matcher(path).matches()) {
                        throw ScimException.invalidPath("'" + clip(path) + "' is not an attribute path.");
                    }
                }
            }
            JsonValue value = parts.get("value");
            if (op.equals("remove") && path == null) {
                throw new ScimException(400, "noTarget", "remove needs a path.");
            }
            if (!op.equals("remove") && value == null) {
                throw ScimException.invalidValue(op + " needs a value.");
            }
            result.add(new Operation(op, path, value));
        }
        return result;
    }

    /** The user's attributes after these operations; the password only when one sets it. */
    public static ScimUserData apply(ScimUserData current, List<Operation> operations) {
        ScimUserData d = current;
        for (Operation o : operations) {
            if (o.path() == null) {
                if (!(o.value() instanceof JsonObject values)) {
                    throw ScimException.invalidValue(o.op() + " without a path needs an object of attributes.");
                }
                for (Map.Entry<String, JsonValue> e : values.entrySet()) {
                    String path = ScimInput.attributeName(e.getKey());
                    if (EXTENSION.matcher(e.getKey().strip()).matches()) {
                        continue;
                    }
                    d = set(d, path, e.getValue());
                }
            } else if (o.op().equals("remove")) {
                d = remove(d, o.path());
            } else {
                d = set(d, o.path(), o.value());
            }
        }
        return ScimInput.checked(d);
    }

    private static ScimUserData set(ScimUserData d, String path, JsonValue value) {
        if (path.startsWith("emails[") || path.equals("emails.value")) {
            String email = ScimInput.string(value, "emails.value");
            if (email == null) {
                throw ScimException.invalidValue("The email cannot be removed: Parley needs one.");
            }
            return d.withEmail(email);
        }
        return switch (path) {
            case "active" -> d.withActive(value == JsonValue.NULL ? d.active() : ScimInput.active(value));
            case "username" -> {
                String v = ScimInput.string(value, "userName");
                if (v == null || v.isBlank()) {
                    throw ScimException.invalidValue("userName is required.");
                }
                yield d.withUserName(v);
            }
            case "externalid" -> d.withExternalId(ScimInput.string(value, "externalId"));
            case "displayname" -> d.withDisplayName(ScimInput.string(value, "displayName"));
            case "password" -> d.withPassword(ScimInput.string(value, "password"));
            case "name.givenname" -> d.withGivenName(ScimInput.string(value, "name.givenName"));
            case "name.familyname" -> d.withFamilyName(ScimInput.string(value, "name.familyName"));
            case "name.formatted" -> d.withFormattedName(ScimInput.string(value, "name.formatted"));
            case "name" -> {
                if (value == JsonValue.NULL) {
                    yield d.withGivenName(null).withFamilyName(null).withFormattedName(null);
                }
                if (!(value instanceof JsonObject n)) {
                    throw ScimException.invalidValue("name must be an object.");
                }
                ScimUserData r = d;
                for (Map.Entry<String, JsonValue> e : n.entrySet()) {
                    r = set(r, "name." + ScimInput.attributeName(e.getKey()), e.getValue());
                }
                yield r;
            }
            case "emails" -> {
                String email = ScimInput.email(value);
                if (email == null) {
                    throw ScimException.invalidValue("The email cannot be removed: Parley needs one.");
                }
                yield d.withEmail(email);
            }
            default -> d; // an attribute Parley does not keep (name.middleName, title, phoneNumbers, ...)
        };
    }

    private static ScimUserData remove(ScimUserData d, String path) {
        return switch (path) {
            case "externalid" -> d.withExternalId(null);
            case "displayname" -> d.withDisplayName(null);
            case "name" -> d.withGivenName(null).withFamilyName(null).withFormattedName(null);
            case "name.givenname" -> d.withGivenName(null);
            case "name.familyname" -> d.withFamilyName(null);
            case "name.formatted" -> d.withFormattedName(null);
            case "username" -> throw ScimException.invalidValue("userName is required and cannot be removed.");
            case "active" -> throw ScimException.invalidValue("active cannot be removed; replace it with false.");
            case "password" -> throw ScimException.invalidValue("The password cannot be removed, only replaced.");
            default -> {
                if (path.equals("emails") || path.startsWith("emails[") || path.startsWith("emails.")) {
                    throw ScimException.invalidValue("The email cannot be removed: Parley needs one.");
                }
                yield d;
            }
        };
    }

    private static String clip(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}
