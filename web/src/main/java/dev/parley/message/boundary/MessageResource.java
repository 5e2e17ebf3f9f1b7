package dev.parley.message.boundary;

import dev.parley.platform.boundary.SignedIn;
import dev.parley.message.control.Draft;
import dev.parley.message.control.History;
import dev.parley.message.control.MessageService;
import dev.parley.message.control.MessageView;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("channels/{channelId}/messages")
@ApplicationScoped
@SignedIn
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "messages")
public class MessageResource {

    @Inject
    MessageService messages;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listChannelMessages", summary = "A page of history, newest first (keyset pagination by message id)")
    public List<MessageView> history(@PathParam("channelId") UUID channelId,
            @Parameter(description = "only messages older than this message id") @QueryParam("before") String before,
            @Parameter(description = "only messages newer than this message id") @QueryParam("after") String after,
            @Parameter(description = "the page around this message id: it, older ones and up to half the page newer ones")
            @QueryParam("around") String around,
            @Parameter(description = "1 to 100, default 50") @QueryParam("limit") String limit) {
        return messages.history(caller.id(), channelId, new History(QueryParams.uuid("before", before),
                QueryParams.uuid("after", after), QueryParams.uuid("around", around), QueryParams.integer("limit", limit)));
    }

    @POST
    @Operation(operationId = "postMessage", summary = "Post a message (a reply with replyTo); repeating a nonce returns the first message instead of a second")
    @APIResponse(responseCode = "201", description = "Posted (or, for a repeated nonce, the first message)",
            content = @Content(schema = @Schema(ref = "MessageView")))
    public Response post(@PathParam("channelId") UUID channelId, Draft draft) {
        return Response.status(Response.Status.CREATED).entity(messages.post(caller.id(), channelId, draft)).build();
    }
}
