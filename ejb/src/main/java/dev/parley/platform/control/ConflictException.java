package dev.parley.platform.control;

import java.util.Map;

/** It clashes with what exists (a taken name): {@code conflict}, 409. */
public class ConflictException extends ParleyException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String detail) {
        super(ProblemType.CONFLICT, detail, Map.of());
    }

    public ConflictException(String detail, Map<String, String> fields) {
        super(ProblemType.CONFLICT, detail, fields);
    }
}
