package dev.parley.platform.control;

import java.util.Map;

/** The body is not one JSON value of the expected shape (syntax, trailing text, a repeated key): {@code malformed-json}, 400. */
public class MalformedJsonException extends ParleyException {

    private static final long serialVersionUID = 1L;

    public MalformedJsonException(String detail) {
        super(ProblemType.MALFORMED_JSON, detail, Map.of());
    }

    public MalformedJsonException(String detail, Map<String, String> fields) {
        super(ProblemType.MALFORMED_JSON, detail, fields);
    }
}
