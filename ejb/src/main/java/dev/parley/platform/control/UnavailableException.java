package dev.parley.platform.control;

import java.util.Map;

/** A request that could not be carried out now and wrote nothing: the same request may be retried. */
public class UnavailableException extends ParleyException {

    private static final long serialVersionUID = 1L;

    public UnavailableException(String detail) {
        super(detail, Map.of());
    }

    @Override
    public String type() {
        return "unavailable";
    }

    @Override
    public String title() {
        return "Temporarily unavailable";
    }

    @Override
    public int status() {
        return 503;
    }
}
