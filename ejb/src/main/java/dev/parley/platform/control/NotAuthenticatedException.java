package dev.parley.platform.control;

import java.util.Map;

public class NotAuthenticatedException extends ParleyException {

    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException(String detail) {
        super(detail, Map.of());
    }

    public NotAuthenticatedException(String detail, Map<String, String> fields) {
        super(detail, fields);
    }

    @Override
    public String type() {
        return "not-authenticated";
    }

    @Override
    public String title() {
        return "Not authenticated";
    }

    @Override
    public int status() {
        return 401;
    }
}
