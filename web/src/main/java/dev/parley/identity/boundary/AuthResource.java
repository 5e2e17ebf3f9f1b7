package dev.parley.identity.boundary;

import dev.parley.identity.control.AuthResult;
import dev.parley.identity.control.Credentials;
import dev.parley.identity.control.Device;
import dev.parley.identity.control.IdentityService;
import dev.parley.identity.control.RefreshRequest;
import dev.parley.identity.control.Registration;
import dev.parley.platform.boundary.ClientAddress;
import dev.parley.platform.boundary.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("auth")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth", description = "Accounts and tokens")
public class AuthResource {

    @Inject
    IdentityService identity;

    @Context
    HttpServletRequest http;

    @POST
    @Path("register")
    @Operation(operationId = "register", summary = "Create an account and sign in")
    @APIResponse(responseCode = "201", description = "Signed in",
            content = @Content(schema = @Schema(ref = "AuthResult")))
    @APIResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Email or username taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response register(Registration registration, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        return Response.status(Response.Status.CREATED).entity(identity.register(registration, device(userAgent)))
                .build();
    }

    @POST
    @Path("login")
    @Operation(operationId = "login", summary = "Sign in with email or username and password")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(schema = @Schema(ref = "AuthResult")))
    @APIResponse(responseCode = "401", description = "Wrong login or password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public AuthResult login(Credentials credentials, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        return identity.login(credentials, device(userAgent));
    }

    @POST
    @Path("refresh")
    @Operation(operationId = "refreshTokens", summary = "Trade a refresh token for a new token pair (the old refresh token stops working)")
    @APIResponse(responseCode = "200", description = "New tokens",
            content = @Content(schema = @Schema(ref = "AuthResult")))
    @APIResponse(responseCode = "401", description = "Unknown, expired or reused refresh token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public AuthResult refresh(RefreshRequest request, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        return identity.refresh(request, device(userAgent));
    }

    @POST
    @Path("logout")
    @Operation(operationId = "logout", summary = "End the sign-in that owns this refresh token")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout(RefreshRequest request) {
        identity.logout(request);
        return Response.noContent().build();
    }

    private Device device(String userAgent) {
        return new Device(userAgent, ClientAddress.of(http));
    }
}
