package dev.parley.message.boundary;

import dev.parley.message.control.Draft;
import dev.parley.message.control.Edit;
import dev.parley.message.control.EditView;
import dev.parley.message.control.MessageService;
import dev.parley.message.control.MessageView;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** One message: read, edit (the author), delete (the author or MANAGE_MESSAGES), its former versions, a reply to it. */
@Path("messages/{messageId}")
@ApplicationScoped
@SignedIn
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "messages")
public class MessageItemResource {

    @Inject
    MessageService messages;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getMessage", summary = "A message, with your reactions")
    public MessageView get(@PathParam("messageId") UUID messageId) {
        return messages.get(caller.id(), messageId);
    }

    @PUT
    @Operation(operationId = "editMessage", summary = "Replace the content of your own message; the former version is kept")
    public MessageView edit(@PathParam("messageId") UUID messageId, Edit edit) {
        return messages.edit(caller.id(), messageId, edit);
    }

    @DELETE
    @Operation(operationId = "deleteMessage", summary = "Delete your own message, or any with MANAGE_MESSAGES")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("messageId") UUID messageId) {
        messages.delete(caller.id(), messageId);
        return Response.noContent().build();
    }

    @GET
    @Path("edits")
    @Operation(operationId = "listMessageEdits", summary = "The versions the message had before its edits, newest first")
    public List<EditView> edits(@PathParam("messageId") UUID messageId) {
        return messages.edits(caller.id(), messageId);
    }

    @POST
    @Path("reply")
    @Operation(operationId = "replyToMessage", summary = "Post a reply to the message, in its channel")
    @APIResponse(responseCode = "201", description = "Posted (or, for a repeated nonce, the first message)",
            content = @Content(schema = @Schema(ref = "MessageView")))
    public Response reply(@PathParam("messageId") UUID messageId, Draft draft) {
        return Response.status(Response.Status.CREATED).entity(messages.reply(caller.id(), messageId, draft)).build();
    }
}
