package dev.parley.presence.boundary;

import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import dev.parley.platform.control.NotFoundException;
import dev.parley.presence.control.PresenceService;
import dev.parley.presence.control.PresenceUpdate;
import dev.parley.presence.control.PresenceView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("users/{userId}/presence")
@ApplicationScoped
@SignedIn
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "presence")
public class PresenceResource {

    @Inject
    PresenceService presence;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getPresence", summary = "A user's presence: yours, or that of someone who shares a server with you (anyone else: 404)")
    public PresenceView get(@Parameter(description = "a user id, or me", required = true) @PathParam("userId") String userId) {
        return presence.presence(caller.id(), user(userId));
    }

    @PUT
    @Operation(operationId = "setPresence", summary = "Choose your status: online, idle, dnd or invisible (others see invisible as offline); kept for your next connections")
    public PresenceView put(@Parameter(description = "me (or your own id)", required = true) @PathParam("userId") String userId,
            PresenceUpdate update) {
        UUID me = caller.id();
        if (!me.equals(user(userId))) {
            throw new NotFoundException("No such user.");
        }
        return presence.choose(me, update == null ? null : update.status());
    }

    private UUID user(String text) {
        if ("me".equals(text)) {
            return caller.id();
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No such user.");
        }
    }
}
