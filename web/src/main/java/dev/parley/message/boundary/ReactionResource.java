package dev.parley.message.boundary;

import dev.parley.identity.control.UserView;
import dev.parley.message.control.ReactionService;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.QueryParams;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reactions, Discord's paths: {@code /messages/{id}/reactions/{emoji}/@me}; the emoji is percent-encoded UTF-8. */
@Path("messages/{messageId}/reactions/{emoji}")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "messages")
public class ReactionResource {

    @Inject
    ReactionService reactions;

    @Inject
    Caller caller;

    @PUT
    @Path("@me")
    @Operation(operationId = "addReaction", summary = "React to the message with one Unicode emoji")
    @APIResponse(responseCode = "204", description = "Added (or you had already reacted so)")
    public Response add(@PathParam("messageId") UUID messageId, @PathParam("emoji") String emoji) {
        reactions.add(caller.id(), messageId, emoji);
        return Response.noContent().build();
    }

    @DELETE
    @Path("@me")
    @Operation(operationId = "removeReaction", summary = "Take your reaction back")
    @APIResponse(responseCode = "204", description = "Removed (or there was none)")
    public Response remove(@PathParam("messageId") UUID messageId, @PathParam("emoji") String emoji) {
        reactions.remove(caller.id(), messageId, emoji);
        return Response.noContent().build();
    }

    @GET
    @Operation(operationId = "listReactionUsers", summary = "Who reacted with the emoji, by user id (keyset paging)")
    public List<UserView> who(@PathParam("messageId") UUID messageId, @PathParam("emoji") String emoji,
            @Parameter(description = "only users whose id is greater than this one") @QueryParam("after") String after,
            @Parameter(description = "1 to 100, default 25") @QueryParam("limit") String limit) {
        return reactions.who(caller.id(), messageId, emoji, QueryParams.uuid("after", after),
                QueryParams.integer("limit", limit));
    }
}
