package dev.parley.platform.boundary;

import dev.parley.platform.control.ProblemType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document. {@code type} is a stable URI whose last segment is a
 * {@link ProblemType} slug ({@code not-found}, {@code invalid-input}, ...); {@code fields} lists
 * offending inputs.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem: what went wrong, with a stable type and the offending fields.")
public record Problem(String type, String title, int status, String detail, Map<String, String> fields) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = ProblemType.URI_BASE;

    public static Problem of(ProblemType type, String detail, Map<String, String> fields) {
        return of(type, type.status(), detail, fields);
    }

    /** For a container status that shares a type with others (408 is a {@code bad-request} too). */
    public static Problem of(ProblemType type, int status, String detail, Map<String, String> fields) {
        return new Problem(type.uri(), type.title(), status, detail == null ? type.defaultDetail() : detail,
                fields == null || fields.isEmpty() ? null : fields);
    }
}
