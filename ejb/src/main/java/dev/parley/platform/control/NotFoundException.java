package dev.parley.platform.control;

import java.util.Map;

/** It does not exist, or the caller may not see it: {@code not-found}, 404. */
public class NotFoundException extends ParleyException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String detail) {
        super(ProblemType.NOT_FOUND, detail, Map.of());
    }

    public NotFoundException(String detail, Map<String, String> fields) {
        super(ProblemType.NOT_FOUND, detail, fields);
    }
}
