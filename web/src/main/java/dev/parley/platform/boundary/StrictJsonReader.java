package dev.parley.platform.boundary;

import dev.parley.platform.control.StrictJson;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads every JSON request body that a resource takes as a record (the services' input records)
 * with {@link StrictJson} instead of JSON-B, which would coerce wrong types and ignore trailing text
 * and repeated keys. Its exceptions are business exceptions, so {@link ProblemMapper} answers them
 * as {@code malformed-json} or {@code invalid-input}. Responses are still written by JSON-B
 * ({@link JsonbResolver}). Typed for {@link Record}, not Object: Jersey picks the reader whose type is
 * nearest to the entity's first, and JSON-B's reader is one for Object.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Record> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
        return StrictJson.read(entityStream, type);
    }
}
