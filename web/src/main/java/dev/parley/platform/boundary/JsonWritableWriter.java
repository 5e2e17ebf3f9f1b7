package dev.parley.platform.boundary;

import dev.parley.platform.control.JsonWritable;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** A REST answer that writes its own JSON ({@link JsonWritable}) is written so, not through JSON-B. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonWritableWriter implements MessageBodyWriter<JsonWritable> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonWritable.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(JsonWritable value, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(value.toJson().getBytes(StandardCharsets.UTF_8));
    }
}
