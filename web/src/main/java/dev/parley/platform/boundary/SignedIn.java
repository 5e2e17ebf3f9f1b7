package dev.parley.platform.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST resource (or one of its methods) as for signed-in users only: without a valid
 * access token {@link BearerFilter} answers 401 problem+json before the method runs or its body
 * is read. Ours rather than {@code @RolesAllowed}, which Payara enforces with a container login
 * that Parley's bearer tokens are not.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SignedIn {
}
