package dev.parley.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks a service's input record and turns what is wrong into one {@link InvalidInputException}
 * naming every offending field: Bean Validation's constraints, and the rules every text obeys
 * ({@link Texts}) for each String component, so that no record can forget them. A required
 * ({@code @NotBlank}) text of only invisible characters is blank.
 *
 * <p>Which components of a record are texts, and which of them are required, is read by reflection
 * once per record class ({@link #TEXTS}), not on every call: this runs on every message sent.
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
        for (TextComponent component : TEXTS.get(input.getClass())) {
            String value = component.read(input);
            Texts.problemOf(value).ifPresent(problem -> add(fields, component.name, problem));
            if (value != null && component.required && Texts.isBlank(value)) {
                add(fields, component.name, Texts.BLANK);
            }
        }
    }

    /** A String component of a record: its name, its accessor, and whether it is {@code @NotBlank}. */
    private record TextComponent(String name, MethodHandle accessor, boolean required) {

        String read(Object input) {
            try {
                return (String) accessor.invokeExact(input);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
        }
    }

    /** The String components of each record class; none for a class that is not a record. */
    private static final ClassValue<List<TextComponent>> TEXTS = new ClassValue<>() {
        @Override
        protected List<TextComponent> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return List.of();
            }
            List<TextComponent> texts = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getType() == String.class) {
                    texts.add(new TextComponent(component.getName(), accessor(component),
                            required(type, component)));
                }
            }
            return List.copyOf(texts);
        }
    };

    private static MethodHandle accessor(RecordComponent component) {
        try {
            return MethodHandles.lookup().unreflect(component.getAccessor())
                    .asType(MethodType.methodType(String.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component, e);
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

    private static void add(Map<String, String> fields, String field, String message) {
        fields.merge(field, message, (a, b) -> a.contains(b) ? a : a + "; " + b);
    }
}
