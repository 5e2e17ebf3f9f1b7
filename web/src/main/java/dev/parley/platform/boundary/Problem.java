package dev.parley.platform.boundary;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document. {@code type} is a stable URI whose last segment names the
 * problem ({@code not-found}, {@code invalid-input}, ...); {@code fields} lists offending inputs.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem: what went wrong, with a stable type and the offending fields.")
public record Problem(String type, String title, int status, String detail, Map<String, String> fields) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://parley.dev/problems/";

    public static Problem of(String type, String title, int status, String detail, Map<String, String> fields) {
        return new Problem(TYPE_BASE + type, title, status, detail, fields == null || fields.isEmpty() ? null : fields);
    }
}
