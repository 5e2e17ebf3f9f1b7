package dev.parley.notify.boundary;

import dev.parley.notify.control.ReadStateService;
import dev.parley.notify.control.Unread;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's badges. */
@Path("users/me/unread")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "read state")
public class UnreadResource {

    @Inject
    ReadStateService readStates;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getUnread", summary = "Unread and mention counts per channel and server (only those with any)")
    public Unread unread() {
        return readStates.unread(caller.id());
    }
}
