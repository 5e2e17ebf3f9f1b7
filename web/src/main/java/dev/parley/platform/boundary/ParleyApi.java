package dev.parley.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /api}; bearer tokens are checked by {@link BearerFilter}. */
@ApplicationPath("/api")
@ApplicationScoped
@OpenAPIDefinition(info = @Info(title = "Parley API", version = "1",
        description = "Self-hosted team chat. Sign in with POST /api/auth/login and send the accessToken as"
                + " 'Authorization: Bearer <token>'. Errors are application/problem+json."))
@SecurityScheme(securitySchemeName = ParleyApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class ParleyApi extends Application {

    public static final String BEARER = "bearer";
}
