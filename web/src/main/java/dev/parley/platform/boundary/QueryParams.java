package dev.parley.platform.boundary;

import dev.parley.platform.control.InvalidInputException;
import java.util.Map;
import java.util.UUID;

/**
 * Parses query parameters by hand, so a malformed value is a 400 naming the parameter (JAX-RS
 * would answer 404 for a query parameter it cannot convert).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name + " must be an id (a UUID).", Map.of(name, "must be a UUID"));
        }
    }

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a whole number.", Map.of(name, "must be a whole number"));
        }
    }
}
