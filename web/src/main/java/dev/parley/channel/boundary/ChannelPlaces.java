package dev.parley.channel.boundary;

import dev.parley.channel.control.ChannelPosition;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.MalformedJsonException;
import dev.parley.platform.control.StrictJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a bulk reorder body: a JSON array of {@link ChannelPlace}s, noting which name a category. */
public final class ChannelPlaces {

    private ChannelPlaces() {
    }

    public static List<ChannelPosition> read(InputStream body) {
        JsonValue value = StrictJson.parse(body);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidInputException("A request body is required.", Map.of("body", "must not be empty"));
        }
        if (!(value instanceof JsonArray array)) {
            throw new MalformedJsonException("The request body must be a JSON array.", Map.of("body", "must be a JSON array"));
        }
        Map<String, String> problems = new TreeMap<>();
        List<ChannelPosition> moves = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject item)) {
                problems.put("[" + i + "]", "must be an object");
                continue;
            }
            try {
                ChannelPlace place = StrictJson.bind(item, ChannelPlace.class);
                moves.add(new ChannelPosition(place.id(), place.position(), place.parentId(), item.containsKey("parentId")));
            } catch (InvalidInputException e) {
                int at = i;
                e.fields().forEach((field, problem) -> problems.put("[" + at + "]." + field, problem));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some fields are not valid.", problems);
        }
        return moves;
    }
}
