package dev.parley.platform.control;

import java.util.Map;

/** The caller may see it but lacks the permission: {@code forbidden}, 403. */
public class ForbiddenException extends ParleyException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String detail) {
        super(ProblemType.FORBIDDEN, detail, Map.of());
    }

    public ForbiddenException(String detail, Map<String, String> fields) {
        super(ProblemType.FORBIDDEN, detail, fields);
    }
}
