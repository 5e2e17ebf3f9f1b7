package dev.parley.dm.boundary;

import dev.parley.dm.control.BlockService;
import dev.parley.identity.control.UserView;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whom you have blocked: they cannot start a conversation with you nor write in your one-to-one one. */
@Path("users/me/blocks")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "direct messages")
public class BlockResource {

    @Inject
    BlockService blocks;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listBlocks", summary = "The people you have blocked")
    public List<UserView> blocked() {
        return blocks.blocked(caller.id());
    }

    @PUT
    @Path("{userId}")
    @Operation(operationId = "blockUser", summary = "Block someone")
    @APIResponse(responseCode = "204", description = "Blocked (or already)")
    public Response block(@PathParam("userId") UUID userId) {
        blocks.block(caller.id(), userId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{userId}")
    @Operation(operationId = "unblockUser", summary = "Unblock someone")
    @APIResponse(responseCode = "204", description = "Unblocked (or was not blocked)")
    public Response unblock(@PathParam("userId") UUID userId) {
        blocks.unblock(caller.id(), userId);
        return Response.noContent().build();
    }
}
