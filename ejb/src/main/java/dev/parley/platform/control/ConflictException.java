package dev.parley.platform.control;

import java.util.Map;

public class ConflictException extends ParleyException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String detail) {
        super(detail, Map.of());
    }

    public ConflictException(String detail, Map<String, String> fields) {
        super(detail, fields);
    }

    @Override
    public String type() {
        return "conflict";
    }

    @Override
    public String title() {
        return "Conflict";
    }

    @Override
    public int status() {
        return 409;
    }
}
