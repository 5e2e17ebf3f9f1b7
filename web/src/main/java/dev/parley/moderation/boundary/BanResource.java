package dev.parley.moderation.boundary;

import dev.parley.moderation.control.BanRequest;
import dev.parley.moderation.control.BanView;
import dev.parley.moderation.control.ModerationService;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import java.util.List;

/** A server's bans, as Discord's: ban (with the deletion of recent messages), unban, list. */
@Path("servers/{serverId}/bans")
@ApplicationScoped
@SignedIn
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "moderation")
public class BanResource {

    @Inject
    ModerationService moderation;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listBans", summary = "The server's bans, newest first (needs BAN_MEMBERS)")
    @APIResponse(responseCode = "403", description = "Without BAN_MEMBERS")
    @APIResponse(responseCode = "404", description = "No such server, or not a member of it")
    public List<BanView> list(@PathParam("serverId") UUID serverId) {
        return moderation.bans(caller.id(), serverId);
    }

    @PUT
    @Path("{userId}")
    @Operation(operationId = "banUser", summary = "Ban a user, member or not (needs BAN_MEMBERS, and a higher role than a"
            + " member); optionally delete their messages of the last deleteMessageSeconds (up to 604800)")
    @APIResponse(responseCode = "204", description = "Banned; a member is removed from the server")
    @APIResponse(responseCode = "400", description = "Banning yourself, deleteMessageSeconds out of range, a reason over 512 characters")
    @APIResponse(responseCode = "403", description = "Without BAN_MEMBERS, or the member's highest role is not below yours")
    @APIResponse(responseCode = "404", description = "No such server (or not a member of it), or no such user")
    public Response ban(@PathParam("serverId") UUID serverId, @PathParam("userId") UUID userId, BanRequest request,
            @Parameter(description = "why, when the body gives none") @QueryParam("reason") String reason,
            @Parameter(description = "why, URL-encoded (as Discord)") @HeaderParam(ModerationReasons.HEADER) String header) {
        moderation.ban(caller.id(), serverId, userId, request, ModerationReasons.of(reason, header));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{userId}")
    @Operation(operationId = "unbanUser", summary = "Lift a ban (needs BAN_MEMBERS)")
    @APIResponse(responseCode = "204", description = "Unbanned; they may join again with an invite")
    @APIResponse(responseCode = "404", description = "No such server (or not a member of it), or the user is not banned")
    public Response unban(@PathParam("serverId") UUID serverId, @PathParam("userId") UUID userId,
            @Parameter(description = "why, for the audit log") @QueryParam("reason") String reason,
            @Parameter(description = "why, URL-encoded (as Discord)") @HeaderParam(ModerationReasons.HEADER) String header) {
        moderation.unban(caller.id(), serverId, userId, ModerationReasons.of(reason, header));
        return Response.noContent().build();
    }
}
