package dev.parley.channel.boundary;

import dev.parley.platform.boundary.SignedIn;
import dev.parley.channel.control.ChannelService;
import dev.parley.channel.control.ChannelView;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
}
