package dev.parley.channel.boundary;

import dev.parley.channel.control.NewThread;
import dev.parley.channel.control.ThreadService;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Starting a thread from a message. */
@Path("messages/{messageId}/threads")
@ApplicationScoped
@SignedIn
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "threads")
public class MessageThreadResource {

    @Inject
    ThreadService threads;

    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "startThread", summary = "Start a thread from the message (one per message)")
    @APIResponse(responseCode = "201", description = "Started", content = @Content(schema = @Schema(ref = "ThreadView")))
    public Response start(@PathParam("messageId") UUID messageId, NewThread request) {
        return Response.status(Response.Status.CREATED).entity(threads.start(caller.id(), messageId, request)).build();
    }
}
