package dev.parley.sso.boundary;

import dev.parley.platform.boundary.Problem;
import dev.parley.sso.control.SsoService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * OpenID Connect Back-Channel Logout 1.0: the provider, server to server, says a session (or everything of a
 * person) at it ended; the Parley sign-ins made through it end at once — access tokens refused, gateway
 * connections closed (4005), browser sessions invalidated — and the installation's audit log records it.
 */
@Path("auth/oidc")
@ApplicationScoped
@Tag(name = "auth", description = "Accounts and tokens")
public class BackchannelLogoutResource {

    @Inject
    SsoService sso;

    @POST
    @Path("backchannel-logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "oidcBackchannelLogout", summary = "For the OpenID Connect provider: a logout token"
            + " (form field logout_token) ends the sign-ins of that provider session, or of that person")
    @APIResponse(responseCode = "200", description = "Done (also when nobody Parley knows was named)")
    @APIResponse(responseCode = "400", description = "The logout token is missing or not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response logout(@FormParam("logout_token") String logoutToken) {
        sso.backchannelLogout(logoutToken);
        return Response.ok().header("Cache-Control", "no-store").build();
    }
}
