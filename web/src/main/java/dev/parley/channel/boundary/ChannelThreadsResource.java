package dev.parley.channel.boundary;

import dev.parley.channel.control.ThreadService;
import dev.parley.channel.control.ThreadView;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The threads under a channel. */
@Path("channels/{channelId}/threads")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "threads")
public class ChannelThreadsResource {

    @Inject
    ThreadService threads;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listThreads", summary = "The channel's threads, newest first")
    public List<ThreadView> threads(@PathParam("channelId") UUID channelId) {
        return threads.of(caller.id(), channelId);
    }
}
