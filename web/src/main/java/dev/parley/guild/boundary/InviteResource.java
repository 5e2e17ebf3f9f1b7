package dev.parley.guild.boundary;

import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.InvitePreview;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An invite by its code: what it leads to (for anyone holding it) and revoking it. */
@Path("invites/{code}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "servers")
public class InviteResource {

    @Inject
    GuildService guilds;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "previewInvite",
            summary = "What an invite leads to, before joining: the server's name, icon, member count and who invited (no sign-in needed)")
    @APIResponse(responseCode = "200", description = "The invite is usable")
    @APIResponse(responseCode = "404", description = "Invalid or expired invite")
    public InvitePreview preview(@PathParam("code") String code) {
        return guilds.preview(code);
    }

    @DELETE
    @SignedIn
    @SecurityRequirement(name = ParleyApi.BEARER)
    @Operation(operationId = "deleteInvite", summary = "Revoke an invite (its creator, or MANAGE_SERVER)")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such invite, or not a member of its server")
    public Response revoke(@PathParam("code") String code) {
        guilds.revokeInvite(caller.id(), code);
        return Response.noContent().build();
    }
}
