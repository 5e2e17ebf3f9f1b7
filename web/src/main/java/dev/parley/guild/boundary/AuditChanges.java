package dev.parley.guild.boundary;

import dev.parley.permission.boundary.PermissionGroups;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An audit entry's {@code {"before":{…},"after":{…}}} as lines a person reads, in the page's language:
 * "name: old → new", "topic: new", "colour: was #ffffff". Fields are named from the servers bundle
 * ({@code audit.field.<name>}, else as recorded); permissions by their labels; ids of roles, members and
 * channels by the names the page knows ({@code names}); times and numbers in the reader's locale.
 */
final class AuditChanges {

    /** Fields that hold permission names. */
    private static final Set<String> PERMISSION_FIELDS = Set.of("permissions", "allow", "deny");

    /** Fields that hold a point in time (ISO-8601). */
    private static final Set<String> TIME_FIELDS = Set.of("timeoutUntil");

    private final ResourceBundle texts;
    private final ResourceBundle permissions;
    private final Locale locale;
    private final Function<String, String> names;

    /**
     * @param texts       the servers bundle
     * @param permissions the permissions bundle, in the same language
     * @param names       the name of a role, member or channel by its id, or null when unknown
     */
    AuditChanges(ResourceBundle texts, ResourceBundle permissions, Locale locale, Function<String, String> names) {
        this.texts = texts;
        this.permissions = permissions;
        this.locale = locale;
        this.names = names;
    }

    List<String> lines(JsonObject changes) {
        if (changes == null) {
            return List.of();
        }
        JsonObject before = object(changes, "before");
        JsonObject after = object(changes, "after");
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<String> lines = new ArrayList<>();
        for (String key : keys) {
            boolean had = before.containsKey(key);
            boolean has = after.containsKey(key);
            String field = field(key);
            if (had && has) {
                lines.add(format("audit.change.changed", field, value(key, before.get(key)), value(key, after.get(key))));
            } else if (has) {
                lines.add(format("audit.change.set", field, value(key, after.get(key))));
            } else {
                lines.add(format("audit.change.removed", field, value(key, before.get(key))));
            }
        }
        return lines;
    }

    /** A field's name: its words, or the name of what an id-keyed field is about (a reordered role), or itself. */
    private String field(String key) {
        try {
            return texts.getString("audit.field." + key);
        } catch (MissingResourceException notAField) {
            String named = names.apply(key);
            return named == null ? key : named;
        }
    }

    private String value(String key, JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return texts.getString("audit.value.none");
        }
        return switch (v.getValueType()) {
            case TRUE -> texts.getString("audit.value.yes");
            case FALSE -> texts.getString("audit.value.no");
            case NUMBER -> NumberFormat.getInstance(locale).format(((JsonNumber) v).numberValue());
            case STRING -> string(key, ((JsonString) v).getString());
            case ARRAY -> {
                JsonArray items = (JsonArray) v;
                yield items.isEmpty() ? texts.getString("audit.value.none")
                        : items.stream().map(item -> value(key, item)).collect(Collectors.joining(", "));
            }
            case OBJECT -> ((JsonObject) v).entrySet().stream()
                    .map(e -> format("audit.change.set", field(e.getKey()), value(e.getKey(), e.getValue())))
                    .collect(Collectors.joining(", "));
            default -> v.toString();
        };
    }

    private String string(String key, String s) {
        if (PERMISSION_FIELDS.contains(key)) {
            return PermissionGroups.label(permissions, s);
        }
        if (TIME_FIELDS.contains(key)) {
            try {
                return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                        .format(Instant.parse(s).atOffset(ZoneOffset.UTC)) + " UTC";
            } catch (DateTimeParseException notATime) {
                return s;
            }
        }
        String named = names.apply(s);
        return named == null ? s : named;
    }

    private String format(String key, Object... args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }

    private static JsonObject object(JsonObject changes, String key) {
        JsonValue v = changes.get(key);
        return v instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }
}
