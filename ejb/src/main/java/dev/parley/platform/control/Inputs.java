package dev.parley.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks a service's input record with Bean Validation and turns violations into one
 * {@link InvalidInputException} naming every offending field.
 */
@ApplicationScoped
public class Inputs {

    @Inject
    Validator validator;

    public <T> T check(T input) {
        if (input == null) {
            throw new InvalidInputException("A request body is required.", Map.of("body", "must not be empty"));
        }
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            Map<String, String> fields = new TreeMap<>();
            for (ConstraintViolation<T> v : violations) {
                fields.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + "; " + b);
            }
            throw new InvalidInputException("Some fields are not valid.", fields);
        }
        return input;
    }
}
