package dev.parley.channel.boundary;

import dev.parley.platform.boundary.SignedIn;
import dev.parley.channel.control.ChannelService;
import dev.parley.channel.control.ChannelView;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import dev.parley.channel.control.ChannelChanges;
import dev.parley.guild.boundary.PartialBody;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("channels")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "channels")
public class ChannelResource {

    @Inject
    ChannelService channels;

    @Inject
    Caller caller;

    @GET
    @Path("{id}")
    @Operation(operationId = "getChannel", summary = "A channel I may see")
    public ChannelView get(@PathParam("id") UUID id) {
        return channels.get(caller.id(), id);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateChannel",
            summary = "Change a channel's name, topic, position, category or slow mode (needs MANAGE_CHANNELS in it); fields left out keep their value")
    @RequestBody(content = @Content(schema = @Schema(implementation = ChannelChanges.class)))
    @APIResponse(responseCode = "200", description = "The channel as it is now",
            content = @Content(schema = @Schema(ref = "ChannelView")))
    public ChannelView update(@PathParam("id") UUID id, InputStream body) {
        PartialBody<ChannelChanges> changes = PartialBody.read(body, ChannelChanges.class);
        return channels.update(caller.id(), id, changes.values(), changes.given());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteChannel",
            summary = "Delete a channel with its messages (needs MANAGE_CHANNELS in it); a category's channels move to the top level")
    @APIResponse(responseCode = "204", description = "Deleted; the server's members get channel:delete")
    public Response delete(@PathParam("id") UUID id) {
        channels.delete(caller.id(), id);
        return Response.noContent().build();
    }
}
