package dev.parley.platform.control;

import java.util.Map;

public class InvalidInputException extends ParleyException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String detail) {
        super(detail, Map.of());
    }

    public InvalidInputException(String detail, Map<String, String> fields) {
        super(detail, fields);
    }

    @Override
    public String type() {
        return "invalid-input";
    }

    @Override
    public String title() {
        return "Invalid input";
    }

    @Override
    public int status() {
        return 400;
    }
}
