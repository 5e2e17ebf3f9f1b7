package dev.parley.platform.boundary;

import dev.parley.platform.control.ProblemType;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document. {@code type} is a stable URI whose last segment is a
 * {@link ProblemType} slug ({@code not-found}, {@code invalid-input}, ...); {@code fields} lists
 * offending inputs. {@code title}, {@code detail} and the texts of {@code fields} are in the reader's
 * language ({@link #in}); {@code type}, {@code status} and the field names never change.
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

    /** The same problem in a language: its title, detail and field complaints translated ({@link ProblemTexts}). */
    public Problem in(Locale locale) {
        if (!ProblemTexts.isRussian(locale)) {
            return this;
        }
        return new Problem(type, ProblemTexts.text(title, locale), status, ProblemTexts.text(detail, locale),
                ProblemTexts.fields(fields, locale));
    }
}
