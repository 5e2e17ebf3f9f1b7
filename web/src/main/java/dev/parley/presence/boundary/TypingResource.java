package dev.parley.presence.boundary;

import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import dev.parley.presence.control.TypingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
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

@Path("channels/{channelId}/typing")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "typing")
public class TypingResource {

    @Inject
    TypingService typing;

    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "startTyping", summary = "Say that you are typing in the channel; its viewers see it for 8 s (needs SEND_MESSAGES)")
    @APIResponse(responseCode = "204", description = "Told (repeats within 3 s are not told again)")
    public Response typing(@PathParam("channelId") UUID channelId) {
        typing.typing(caller.id(), channelId);
        return Response.noContent().build();
    }
}
