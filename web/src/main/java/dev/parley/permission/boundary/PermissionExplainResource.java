package dev.parley.permission.boundary;

import dev.parley.permission.control.ExplainService;
import dev.parley.permission.control.PermissionExplanation;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.QueryParams;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Why can't Anna post here?": how the permission algorithm decided one permission in a channel. */
@Path("channels/{channelId}/permissions")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "permissions")
public class PermissionExplainResource {

    @Inject
    ExplainService explainer;

    @Inject
    Caller caller;

    @GET
    @Path("explain")
    @Operation(operationId = "explainPermission", summary = "Each step that decided a permission for a member in this"
            + " channel (yourself, or anyone with MANAGE_ROLES)")
    @APIResponse(responseCode = "200", description = "The effective permissions, the verdict and its steps")
    @APIResponse(responseCode = "400", description = "permission missing or unknown, or userId not a UUID")
    @APIResponse(responseCode = "403", description = "Asking about someone else without MANAGE_ROLES")
    @APIResponse(responseCode = "404", description = "No such channel, or the user is not a member")
    public PermissionExplanation explain(@PathParam("channelId") UUID channelId, @QueryParam("userId") String userId,
            @QueryParam("permission") String permission) {
        return explainer.explain(caller.id(), channelId, QueryParams.uuid("userId", userId), permission);
    }
}
