package dev.parley.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** The one JSON mapping, shared by the REST API and the gateway so both speak the same shapes. */
@ApplicationScoped
public class JsonMapping {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    public Jsonb jsonb() {
        return jsonb;
    }

    /** The value's JSON; a {@link JsonWritable} writes its own. */
    public String toJson(Object value) {
        return value instanceof JsonWritable w ? w.toJson() : jsonb.toJson(value);
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception ignored) {
            // nothing to release that matters at shutdown
        }
    }
}
