package dev.parley.platform.control;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * The one business exception hierarchy. Each subtype stands for one {@link ProblemType}, which gives
 * the stable slug (the last segment of the RFC 9457 type URI, the gateway's error {@code code}), the
 * title and the HTTP status; boundaries translate, services throw. Thrown from an EJB it rolls the
 * transaction back, so a refused request writes nothing.
 */
@ApplicationException(rollback = true)
public abstract class ParleyException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final ProblemType problemType;
    private final transient Map<String, String> fields;

    protected ParleyException(ProblemType problemType, String detail, Map<String, String> fields) {
        this(problemType, detail, fields, null);
    }

    /** With the failure behind it, for the log; the client sees only the type and the detail. */
    protected ParleyException(ProblemType problemType, String detail, Map<String, String> fields, Throwable cause) {
        super(detail == null ? problemType.defaultDetail() : detail, cause, false, false);
        this.problemType = problemType;
        this.fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public final ProblemType problemType() {
        return problemType;
    }

    /** The stable, documented name of this kind of problem, e.g. {@code not-found}. */
    public final String type() {
        return problemType.slug();
    }

    /** A short human title for the problem type. */
    public final String title() {
        return problemType.title();
    }

    public final int status() {
        return problemType.status();
    }

    /** Whether the same request may succeed when sent again later. */
    public boolean retryable() {
        return problemType.retryable();
    }

    /** Offending input fields and what is wrong with each; empty when not about input. */
    public Map<String, String> fields() {
        return fields;
    }
}
