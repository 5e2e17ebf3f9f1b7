package dev.parley.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks a service's input record and turns what is wrong into one {@link InvalidInputException}
 * naming every offending field: Bean Validation's constraints, and the rules every text obeys
 * ({@link Texts}) for each String component, so that no record can forget them. A required
 * ({@code @NotBlank}) text of only invisible characters is blank.
 */
@ApplicationScoped
public class Inputs {

    @Inject
    Validator validator;

    public <T> T check(T input) {
        if (input == null) {
            throw new InvalidInputException("A request body is required.", Map.of("body", "must not be empty"));
        }
        Map<String, String> fields = new TreeMap<>();
        for (ConstraintViolation<T> v : validator.validate(input)) {
            add(fields, v.getPropertyPath().toString(), v.getMessage());
        }
        textProblems(input, fields);
        if (!fields.isEmpty()) {
            throw new InvalidInputException("Some fields are not valid.", fields);
        }
        return input;
    }

    /** The {@link Texts} rules over every String component of a record. */
    static void textProblems(Object input, Map<String, String> fields) {
        Class<?> type = input.getClass();
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType() != String.class) {
                continue;
            }
            String value = (String) read(component, input);
            String name = component.getName();
            Texts.problemOf(value).ifPresent(problem -> add(fields, name, problem));
            if (value != null && required(type, component) && Texts.isBlank(value)) {
                add(fields, name, Texts.BLANK);
            }
        }
    }

    private static boolean required(Class<?> type, RecordComponent component) {
        if (component.getAccessor().isAnnotationPresent(NotBlank.class)) {
            return true;
        }
        try {
            return type.getDeclaredField(component.getName()).isAnnotationPresent(NotBlank.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Object read(RecordComponent component, Object input) {
        try {
            return component.getAccessor().invoke(input);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static void add(Map<String, String> fields, String field, String message) {
        fields.merge(field, message, (a, b) -> a.contains(b) ? a : a + "; " + b);
    }
}
