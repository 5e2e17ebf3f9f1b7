package dev.parley.permission.boundary;

import dev.parley.permission.control.RoleService;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
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

/** Giving a member a role and taking it away, as Discord's "add/remove guild member role". */
@Path("servers/{serverId}/members/{userId}/roles/{roleId}")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "roles")
public class MemberRoleResource {

    @Inject
    RoleService roles;

    @Inject
    Caller caller;

    @PUT
    @Operation(operationId = "addMemberRole", summary = "Give a member a role below your highest (needs MANAGE_ROLES)")
    @APIResponse(responseCode = "204", description = "The member holds the role (also when they already did)")
    @APIResponse(responseCode = "404", description = "No such role or member in this server")
    public Response add(@PathParam("serverId") UUID serverId, @PathParam("userId") UUID userId,
            @PathParam("roleId") UUID roleId) {
        roles.assign(caller.id(), serverId, userId, roleId);
        return Response.noContent().build();
    }

    @DELETE
    @Operation(operationId = "removeMemberRole", summary = "Take a role from a member (needs MANAGE_ROLES)")
    @APIResponse(responseCode = "204", description = "The member does not hold the role (also when they did not before)")
    @APIResponse(responseCode = "404", description = "No such role or member in this server")
    public Response remove(@PathParam("serverId") UUID serverId, @PathParam("userId") UUID userId,
            @PathParam("roleId") UUID roleId) {
        roles.unassign(caller.id(), serverId, userId, roleId);
        return Response.noContent().build();
    }
}
