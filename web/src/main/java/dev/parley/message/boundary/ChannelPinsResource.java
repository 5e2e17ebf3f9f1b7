package dev.parley.message.boundary;

import dev.parley.message.control.MessageView;
import dev.parley.message.control.PinService;
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

/** A channel's pinned messages. */
@Path("channels/{channelId}/pins")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "messages")
public class ChannelPinsResource {

    @Inject
    PinService pins;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listChannelPins", summary = "The channel's pinned messages, newest pin first")
    public List<MessageView> pins(@PathParam("channelId") UUID channelId) {
        return pins.pins(caller.id(), channelId);
    }
}
