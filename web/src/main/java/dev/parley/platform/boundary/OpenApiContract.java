package dev.parley.platform.boundary;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes the served {@code /openapi} a valid OpenAPI 3.0 document as it is, so that clients and
 * generators need no clean-up (registered as {@code mp.openapi.filter}; Payara runs it last, after
 * reading the annotations). It mends what Payara 6.2025.10's generator adds:
 * <ul>
 * <li>a tag listed once per resource class that declares it (tags must be unique);</li>
 * <li>a top-level {@code endpoints} map (context root to paths) that OpenAPI does not define.
 * Payara keeps it in a field of its own model class, {@code OpenAPIImpl}, outside the
 * {@link OpenAPI} interface, fills it before the filter runs and leaves an empty map out of the
 * document. So the filter empties it through that class's public {@code getEndpoints()}; with
 * another implementation (no such method) there is nothing to do;</li>
 * <li>schemas with properties but no {@code type} (the request records without a {@code @Schema}
 * annotation): they are objects;</li>
 * <li>the unset members of a {@code @Schema} annotation written out as values: {@code
 * maxProperties: 0} (which would allow no property at all), {@code minProperties: 0},
 * {@code minLength: 0} and {@code false} for {@code exclusiveMaximum}, {@code exclusiveMinimum},
 * {@code uniqueItems}, {@code nullable}, {@code readOnly}, {@code writeOnly} and {@code deprecated}
 * — all OpenAPI's defaults, so dropping them changes no meaning.</li>
 * </ul>
 */
public class OpenApiContract implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiContract.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        dropPayaraEndpoints(openAPI);
        dropRepeatedTags(openAPI);
    }

    /**
     * One entry per tag name: Payara lists a tag once for every resource class that declares it,
     * and OpenAPI requires tag names to be unique (a feature's resources share their tag).
     */
    static void dropRepeatedTags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        java.util.Map<String, org.eclipse.microprofile.openapi.models.tags.Tag> byName = new java.util.LinkedHashMap<>();
        for (var tag : openAPI.getTags()) {
            byName.merge(tag.getName(), tag, (first, again) -> first.getDescription() != null ? first : again);
        }
        if (byName.size() < openAPI.getTags().size()) {
            openAPI.setTags(new java.util.ArrayList<>(byName.values()));
        }
    }

    static void dropPayaraEndpoints(OpenAPI openAPI) {
        try {
            if (openAPI.getClass().getMethod("getEndpoints").invoke(openAPI) instanceof Map<?, ?> endpoints) {
                endpoints.clear();
            }
        } catch (NoSuchMethodException e) {
            // not Payara's model: it adds no such key
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot drop Payara's non-standard 'endpoints' key from /openapi", e);
        }
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null) {
            return schema;
        }
        if (schema.getType() == null && schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            schema.setType(Schema.SchemaType.OBJECT);
        }
        if (isZero(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (isZero(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (isZero(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }

    private static boolean isZero(Integer value) {
        return value != null && value == 0;
    }
}
