package dev.parley.identity.boundary;

import dev.parley.identity.control.AccountView;
import dev.parley.identity.control.IdentityService;
import dev.parley.identity.control.SignInView;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.Problem;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("users")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "users")
public class UserResource {

    @Inject
    IdentityService identity;

    @Inject
    Caller caller;

    @GET
    @Path("me")
    @Operation(operationId = "getCurrentUser", summary = "The signed-in user")
    public AccountView me() {
        return identity.me(caller.id());
    }

    @GET
    @Path("me/sessions")
    @Operation(operationId = "listSessions", summary = "Your sign-ins (devices and clients), newest first;"
            + " the one making this request has current=true")
    public List<SignInView> sessions() {
        return identity.signIns(caller.id(), caller.signIn());
    }

    @DELETE
    @Path("me/sessions/{sessionId}")
    @Operation(operationId = "revokeSession", summary = "Sign out one of your sign-ins: its tokens stop working"
            + " at once and its gateway connections close")
    @APIResponse(responseCode = "204", description = "Signed out")
    @APIResponse(responseCode = "404", description = "No such sign-in of yours, or it has ended already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response revokeSession(@PathParam("sessionId") UUID sessionId) {
        identity.revokeSignIn(caller.id(), sessionId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("me/sessions")
    @Operation(operationId = "revokeOtherSessions", summary = "Sign out everywhere else: every sign-in but the"
            + " one making this request")
    @APIResponse(responseCode = "204", description = "Signed out everywhere else")
    public Response revokeOtherSessions() {
        identity.revokeOtherSignIns(caller.id(), caller.signIn());
        return Response.noContent().build();
    }
}
