package dev.parley.notify.boundary;

import dev.parley.notify.control.ReadMark;
import dev.parley.notify.control.ReadStateService;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** Marking a channel read up to a message. */
@Path("channels/{channelId}/read")
@ApplicationScoped
@SignedIn
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "read state")
public class ReadStateResource {

    @Inject
    ReadStateService readStates;

    @Inject
    Caller caller;

    @PUT
    @Operation(operationId = "markChannelRead", summary = "Set the last message you have read in the channel")
    @APIResponse(responseCode = "204", description = "Marked, for all your devices")
    public Response markRead(@PathParam("channelId") UUID channelId, ReadMark mark) {
        readStates.markRead(caller.id(), channelId, mark);
        return Response.noContent().build();
    }
}
