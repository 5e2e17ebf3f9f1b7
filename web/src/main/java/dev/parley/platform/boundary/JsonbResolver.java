package dev.parley.platform.boundary;

import dev.parley.platform.control.JsonMapping;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Makes JAX-RS use the same JSON mapping as the gateway. */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    @Inject
    JsonMapping json;

    @Override
    public Jsonb getContext(Class<?> type) {
        return json.jsonb();
    }
}
