package dev.parley.platform.control;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * The one business exception hierarchy. Each subtype has a stable problem {@link #type()} (the
 * last segment of the RFC 9457 type URI) and an HTTP status; boundaries translate, services
 * throw. Thrown from an EJB it rolls the transaction back, so a refused request writes nothing.
 */
@ApplicationException(rollback = true)
public abstract class ParleyException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Map<String, String> fields;

    protected ParleyException(String detail, Map<String, String> fields) {
        super(detail, null, false, false);
        this.fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** A stable, documented name for this kind of problem, e.g. {@code not-found}. */
    public abstract String type();

    /** A short human title for the problem type. */
    public abstract String title();

    public abstract int status();

    /** Offending input fields and what is wrong with each; empty when not about input. */
    public Map<String, String> fields() {
        return fields;
    }
}
