package dev.parley.channel.boundary;

import dev.parley.channel.control.NewThread;
import dev.parley.channel.control.ThreadService;
import dev.parley.channel.control.ThreadView;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A thread; its messages go through the channel endpoints with the thread's id. */
@Path("threads/{threadId}")
@ApplicationScoped
@SignedIn
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "threads")
public class ThreadResource {

    @Inject
    ThreadService threads;

    @Inject
    Caller caller;

    @PATCH
    @Operation(operationId = "renameThread", summary = "Rename a thread (who started it, or MANAGE_MESSAGES)")
    public ThreadView rename(@PathParam("threadId") UUID threadId, NewThread request) {
        return threads.rename(caller.id(), threadId, request);
    }
}
