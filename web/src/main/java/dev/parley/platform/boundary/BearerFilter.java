package dev.parley.platform.boundary;

import dev.parley.identity.control.TokenService;
import dev.parley.platform.control.NotAuthenticatedException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the API's bearer tokens: {@code Authorization: Bearer <access token>} is verified by
 * {@link TokenService} (which remembers tokens it verified until they expire) and handed to the
 * request's {@link Caller}. A resource or method marked {@link SignedIn} answers 401
 * problem+json without a valid token, before its body is read.
 * <p>
 * This replaces Payara's MicroProfile JWT mechanism, which verified the signature again on every
 * request (about half of a history page's time, docs/perf/realtime.md e.) and ran for every HTTP
 * request of the web module, the gateway's upgrades and the Faces pages included.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerFilter implements ContainerRequestFilter {

    private static final Map<Method, Boolean> SIGNED_IN_ONLY = new ConcurrentHashMap<>();

    @Inject
    TokenService tokens;

    @Inject
    Caller caller;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<TokenService.Bearer> bearer = token(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(tokens::bearer);
        if (bearer.isPresent()) {
            caller.signedIn(bearer.get());
        } else if (signedInOnly(resource.getResourceMethod(), resource.getResourceClass())) {
            throw new NotAuthenticatedException("The access token is missing, invalid or expired: send"
                    + " 'Authorization: Bearer <accessToken>' from POST /api/auth/login or /api/auth/refresh.");
        }
    }

    /** The token of a {@code Bearer} authorization header (the scheme in any case), if there is one. */
    static Optional<String> token(String authorization) {
        if (authorization == null || authorization.length() <= 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = authorization.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    static boolean signedInOnly(Method method, Class<?> type) {
        if (method == null) {
            return false;
        }
        return SIGNED_IN_ONLY.computeIfAbsent(method, m -> {
            if (m.isAnnotationPresent(SignedIn.class)) {
                return true;
            }
            // the class as written, not a container's subclass of it (the annotation is not inherited)
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                if (c.isAnnotationPresent(SignedIn.class)) {
                    return true;
                }
            }
            return false;
        });
    }
}
