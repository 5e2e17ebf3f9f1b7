package dev.parley.permission.boundary;

import dev.parley.platform.boundary.SignedIn;
import dev.parley.permission.control.OverwriteRequest;
import dev.parley.permission.control.OverwriteService;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A channel's permission overwrite for one role or member, as Discord's "edit channel permissions". */
@Path("channels/{channelId}/overwrites/{targetId}")
@ApplicationScoped
@SignedIn
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "permissions")
public class ChannelOverwriteResource {

    @Inject
    OverwriteService overwrites;

    @Inject
    Caller caller;

    @PUT
    @Operation(operationId = "putChannelOverwrite",
            summary = "Allow or deny permissions in this channel for a role or a member (needs MANAGE_ROLES)")
    @APIResponse(responseCode = "204", description = "Set; it applies to live delivery at once")
    public Response put(@PathParam("channelId") UUID channelId, @PathParam("targetId") UUID targetId,
            OverwriteRequest request) {
        overwrites.put(caller.id(), channelId, targetId, request);
        return Response.noContent().build();
    }

    @DELETE
    @Operation(operationId = "deleteChannelOverwrite", summary = "Remove the channel's overwrite for a role or member")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("channelId") UUID channelId, @PathParam("targetId") UUID targetId) {
        overwrites.remove(caller.id(), channelId, targetId);
        return Response.noContent().build();
    }
}
