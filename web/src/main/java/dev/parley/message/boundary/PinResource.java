package dev.parley.message.boundary;

import dev.parley.message.control.PinService;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
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

/** Pinning a message (MANAGE_MESSAGES; at most 50 pins per channel). */
@Path("messages/{messageId}/pin")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "messages")
public class PinResource {

    @Inject
    PinService pins;

    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "pinMessage", summary = "Pin the message in its channel")
    @APIResponse(responseCode = "204", description = "Pinned (or it already was)")
    public Response pin(@PathParam("messageId") UUID messageId) {
        pins.pin(caller.id(), messageId);
        return Response.noContent().build();
    }

    @DELETE
    @Operation(operationId = "unpinMessage", summary = "Unpin the message")
    @APIResponse(responseCode = "204", description = "Unpinned (or it was not pinned)")
    public Response unpin(@PathParam("messageId") UUID messageId) {
        pins.unpin(caller.id(), messageId);
        return Response.noContent().build();
    }
}
