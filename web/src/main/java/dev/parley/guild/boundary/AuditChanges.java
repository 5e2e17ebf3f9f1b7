package dev.parley.guild.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** An audit entry's {@code {"before":{…},"after":{…}}} as lines a person reads: "name: old → new". */
final class AuditChanges {

    private AuditChanges() {
    }

    static List<String> lines(JsonObject changes) {
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
            if (had && has) {
                lines.add(key + ": " + text(before.get(key)) + " → " + text(after.get(key)));
            } else if (has) {
                lines.add(key + ": " + text(after.get(key)));
            } else {
                lines.add(key + ": was " + text(before.get(key)));
            }
        }
        return lines;
    }

    private static JsonObject object(JsonObject changes, String key) {
        JsonValue v = changes.get(key);
        return v instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static String text(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return "none";
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }
}
