package dev.parley.platform.control;

import java.util.Map;

public class NotFoundException extends ParleyException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String detail) {
        super(detail, Map.of());
    }

    public NotFoundException(String detail, Map<String, String> fields) {
        super(detail, fields);
    }

    @Override
    public String type() {
        return "not-found";
    }

    @Override
    public String title() {
        return "Not found";
    }

    @Override
    public int status() {
        return 404;
    }
}
