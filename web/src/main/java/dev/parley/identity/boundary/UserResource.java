package dev.parley.identity.boundary;

import dev.parley.identity.control.AccountView;
import dev.parley.identity.control.IdentityService;
import dev.parley.identity.control.PasswordChange;
import dev.parley.identity.control.ProfileChanges;
import dev.parley.identity.control.ProfileService;
import dev.parley.identity.control.ProfileView;
import dev.parley.identity.control.SignInView;
import dev.parley.guild.boundary.PartialBody;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.Problem;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    ProfileService profiles;

    @Inject
    Caller caller;

    @GET
    @Path("me")
    @Operation(operationId = "getCurrentUser", summary = "The signed-in user")
    public AccountView me() {
        return identity.me(caller.id());
    }

    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCurrentUser", summary = "Change your profile: displayName (up to 32 characters),"
            + " bio (190), statusText (128), locale (en, ru or null); fields left out keep their value, null clears")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProfileChanges.class)))
    @APIResponse(responseCode = "200", description = "Your account as it is now",
            content = @Content(schema = @Schema(ref = "AccountView")))
    @APIResponse(responseCode = "400", description = "A field too long, not one line, or a locale not offered (named in fields)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public AccountView update(InputStream body) {
        caller.id();
        PartialBody<ProfileChanges> changes = PartialBody.read(body, ProfileChanges.class);
        return profiles.update(caller.id(), changes.values(), changes.given());
    }

    @PUT
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changePassword", summary = "Change your password, given the current one; your other"
            + " sign-ins end (this one stays)")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "currentPassword wrong, or newPassword not allowed (named in fields)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many wrong current passwords: wait Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response changePassword(PasswordChange change) {
        identity.changePassword(caller.id(), caller.signIn(), change);
        return Response.noContent().build();
    }

    @GET
    @Path("{userId}")
    @Operation(operationId = "getUser", summary = "A user's public profile (never the email); status is their"
            + " presence when you share a server, else null")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(ref = "ProfileView")))
    @APIResponse(responseCode = "404", description = "No such user",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ProfileView profile(@PathParam("userId") UUID userId) {
        return profiles.profile(caller.id(), userId);
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
