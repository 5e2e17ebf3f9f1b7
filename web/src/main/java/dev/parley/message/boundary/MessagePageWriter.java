package dev.parley.message.boundary;

import dev.parley.message.control.MessageJson;
import dev.parley.message.control.MessageView;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a list of message views (a history page) with {@link MessageJson} instead of JSON-B: the
 * same JSON without the mapping's reflection and garbage, on the API's busiest read
 * (docs/perf/realtime.md, e.). A list of anything else is left to JSON-B.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class MessagePageWriter implements MessageBodyWriter<List<MessageView>> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return List.class.isAssignableFrom(type) && genericType instanceof ParameterizedType p
                && p.getActualTypeArguments().length == 1 && p.getActualTypeArguments()[0] == MessageView.class;
    }

    @Override
    public void writeTo(List<MessageView> page, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(MessageJson.array(page).getBytes(StandardCharsets.UTF_8));
    }
}
