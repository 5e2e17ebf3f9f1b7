package dev.parley.platform.control;

import java.util.Map;

/** A field is missing or wrong; {@link #fields()} names each: {@code invalid-input}, 400. */
public class InvalidInputException extends ParleyException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String detail) {
        super(ProblemType.INVALID_INPUT, detail, Map.of());
    }

    public InvalidInputException(String detail, Map<String, String> fields) {
        super(ProblemType.INVALID_INPUT, detail, fields);
    }
}
