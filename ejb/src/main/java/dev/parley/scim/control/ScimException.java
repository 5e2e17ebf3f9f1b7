package dev.parley.scim.control;

import jakarta.ejb.ApplicationException;

/**
 * A refusal in SCIM's own terms (RFC 7644 §3.12): an HTTP status and, for 400 and 409, a
 * {@code scimType} such as {@code invalidFilter} or {@code uniqueness}. SCIM clients read these, not
 * problem+json. Thrown from an EJB it rolls the transaction back, so a refused request writes nothing.
 */
@ApplicationException(rollback = true)
public class ScimException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final String scimType;

    public ScimException(int status, String scimType, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.scimType = scimType;
    }

    public static ScimException invalidValue(String detail) {
        return new ScimException(400, "invalidValue", detail);
    }

    public static ScimException invalidSyntax(String detail) {
        return new ScimException(400, "invalidSyntax", detail);
    }

    public static ScimException invalidFilter(String detail) {
        return new ScimException(400, "invalidFilter", detail);
    }

    public static ScimException invalidPath(String detail) {
        return new ScimException(400, "invalidPath", detail);
    }

    public static ScimException uniqueness(String detail) {
        return new ScimException(409, "uniqueness", detail);
    }

    public static ScimException notFound(String detail) {
        return new ScimException(404, null, detail);
    }

    public int status() {
        return status;
    }

    /** Null for statuses that have none (401, 404, ...). */
    public String scimType() {
        return scimType;
    }

    public String detail() {
        return getMessage();
    }
}
