package dev.parley.platform.control;

import java.util.Map;

public class ForbiddenException extends ParleyException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String detail) {
        super(detail, Map.of());
    }

    public ForbiddenException(String detail, Map<String, String> fields) {
        super(detail, fields);
    }

    @Override
    public String type() {
        return "forbidden";
    }

    @Override
    public String title() {
        return "Forbidden";
    }

    @Override
    public int status() {
        return 403;
    }
}
