package dev.parley.permission.boundary;

import dev.parley.permission.control.NewRole;
import dev.parley.permission.control.RoleChange;
import dev.parley.permission.control.RolePosition;
import dev.parley.permission.control.RoleService;
import dev.parley.permission.control.RoleView;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.StrictJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A server's roles, as Discord's role endpoints. */
@Path("servers/{serverId}/roles")
@ApplicationScoped
@SignedIn
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "roles")
public class RoleResource {

    @Inject
    RoleService roles;

    @Inject
    Caller caller;

    @GET
    // no @APIResponse: the generated default response describes the list of roles (a declared one with
    // an array schema comes out of Payara's generator as an invalid array with properties)
    @Operation(operationId = "listRoles", summary = "The server's roles, @everyone first (position 0), then up the"
            + " hierarchy (404 for a server you are not a member of)")
    public List<RoleView> list(@PathParam("serverId") UUID serverId) {
        return roles.list(caller.id(), serverId);
    }

    @POST
    @Operation(operationId = "createRole", summary = "Create a role just above @everyone (needs MANAGE_ROLES)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = RoleView.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong (unknown permission, colour, name)")
    @APIResponse(responseCode = "403", description = "No MANAGE_ROLES, or a permission the caller lacks")
    public Response create(@PathParam("serverId") UUID serverId, NewRole request) {
        RoleView role = roles.create(caller.id(), serverId, request);
        return Response.created(URI.create("/api/servers/" + serverId + "/roles/" + role.id())).entity(role).build();
    }

    @PATCH
    @Operation(operationId = "reorderRoles", summary = "Move roles: [{id, position}] (needs MANAGE_ROLES); answers every role")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RolePosition.class)))
    public List<RoleView> reorder(@PathParam("serverId") UUID serverId, InputStream body) {
        return roles.reorder(caller.id(), serverId, positions(body));
    }

    @PATCH
    @Path("{roleId}")
    @Operation(operationId = "updateRole", summary = "Change a role: only the fields sent change (needs MANAGE_ROLES)")
    @APIResponse(responseCode = "200", description = "The role as it is now",
            content = @Content(schema = @Schema(implementation = RoleView.class)))
    @APIResponse(responseCode = "404", description = "No such role in this server")
    public RoleView update(@PathParam("serverId") UUID serverId, @PathParam("roleId") UUID roleId, RoleChange request) {
        return roles.update(caller.id(), serverId, roleId, request);
    }

    @DELETE
    @Path("{roleId}")
    @Operation(operationId = "deleteRole", summary = "Delete a role (needs MANAGE_ROLES); @everyone cannot be deleted (400)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "It is @everyone")
    public Response delete(@PathParam("serverId") UUID serverId, @PathParam("roleId") UUID roleId) {
        roles.delete(caller.id(), serverId, roleId);
        return Response.noContent().build();
    }

    /** The body of a bulk reorder: a JSON array of {id, position}, read as strictly as every other body. */
    private static List<RolePosition> positions(InputStream body) {
        JsonValue value = StrictJson.parse(body);
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInputException("The body must be an array of {id, position}.",
                    Map.of("body", "must be an array"));
        }
        List<RolePosition> positions = new ArrayList<>(array.size());
        for (JsonValue item : array) {
            RolePosition position = StrictJson.bind(item, RolePosition.class);
            if (position == null) {
                throw new InvalidInputException("The body must be an array of {id, position}.",
                        Map.of("body", "must not hold null"));
            }
            positions.add(position);
        }
        return positions;
    }
}
