package dev.parley.platform.boundary;

import java.lang.reflect.Field;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds a field of the container's classes by name, once per class (the gateway's fast paths and
 * the listener filters reach into Payara, Tyrus and Grizzly, which offer no API for what they
 * need): declared on the class or a superclass, made accessible; empty where it is not there or
 * may not be opened.
 */
public final class ContainerFields {

    private ContainerFields() {
    }

    public static ClassValue<Optional<Field>> named(String name) {
        return named(name, f -> true);
    }

    public static ClassValue<Optional<Field>> named(String name, Predicate<Field> also) {
        return new ClassValue<>() {
            @Override
            protected Optional<Field> computeValue(Class<?> type) {
                for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        if (f.getName().equals(name) && also.test(f)) {
                            try {
                                f.setAccessible(true);
                                return Optional.of(f);
                            } catch (RuntimeException e) {
                                return Optional.empty();
                            }
                        }
                    }
                }
                return Optional.empty();
            }
        };
    }
}
