package dev.parley.dm.boundary;

import dev.parley.dm.control.DmService;
import dev.parley.dm.control.DmView;
import dev.parley.dm.control.NewDm;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Direct-message conversations; their messages go through the channel endpoints with the conversation's {@code channelId}. */
@Path("users/me/dms")
@ApplicationScoped
@SignedIn
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "direct messages")
public class DmResource {

    @Inject
    DmService dms;

    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "openDm", summary = "Start a conversation with one person (or get the one you have) or a group of up to ten")
    @APIResponse(responseCode = "201", description = "Started", content = @Content(schema = @Schema(ref = "DmView")))
    @APIResponse(responseCode = "200", description = "The one-to-one conversation you already have",
            content = @Content(schema = @Schema(ref = "DmView")))
    public Response open(NewDm request) {
        DmService.Opened opened = dms.open(caller.id(), request);
        return Response.status(opened.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(opened.conversation()).build();
    }

    @GET
    @Operation(operationId = "listDms", summary = "Your conversations, the one with the newest message first")
    public List<DmView> mine() {
        return dms.mine(caller.id());
    }

    @GET
    @Path("{dmId}")
    @Operation(operationId = "getDm", summary = "A conversation you take part in")
    public DmView get(@PathParam("dmId") UUID dmId) {
        return dms.get(caller.id(), dmId);
    }

    @DELETE
    @Path("{dmId}")
    @Operation(operationId = "leaveDm", summary = "Leave a group conversation")
    @APIResponse(responseCode = "204", description = "Left")
    public Response leave(@PathParam("dmId") UUID dmId) {
        dms.leave(caller.id(), dmId);
        return Response.noContent().build();
    }
}
