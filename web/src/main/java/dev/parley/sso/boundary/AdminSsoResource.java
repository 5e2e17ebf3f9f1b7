package dev.parley.sso.boundary;

import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.MalformedJsonException;
import dev.parley.platform.control.StrictJson;
import dev.parley.sso.control.GroupRole;
import dev.parley.sso.control.GroupRoleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Group sync's mapping of directory groups to server roles, for the installation's administrators. */
@Path("admin/sso")
@ApplicationScoped
@SignedIn
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "admin", description = "The installation itself, for its administrators (PARLEY_ADMINS)")
public class AdminSsoResource {

    @Inject
    GroupRoleService groupRoles;

    @Inject
    Caller caller;

    @GET
    @Path("group-roles")
    @Operation(operationId = "getSsoGroupRoles", summary = "Which directory group gives which server role at each"
            + " sign-in through the organisation's provider (group sync)")
    @APIResponse(responseCode = "403", description = "Not an administrator of the installation")
    public List<GroupRole> list() {
        return groupRoles.list(caller.id());
    }

    @PUT
    @Path("group-roles")
    @Operation(operationId = "replaceSsoGroupRoles", summary = "Replace the whole mapping: a JSON array of"
            + " {group, serverId, roleId}; all or none")
    @APIResponse(responseCode = "400", description = "A mapping is not valid (each named, as [i].field)")
    @APIResponse(responseCode = "403", description = "Not an administrator of the installation")
    public List<GroupRole> replace(InputStream body) {
        caller.id();
        JsonValue json = StrictJson.parse(body);
        if (!(json instanceof JsonArray array)) {
            throw new MalformedJsonException("Send a JSON array of {group, serverId, roleId} objects.");
        }
        List<GroupRole> mappings = new ArrayList<>();
        Map<String, String> malformed = new TreeMap<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonObject o)) {
                throw new MalformedJsonException("Each mapping is a JSON object {group, serverId, roleId}.");
            }
            String at = "[" + mappings.size() + "].";
            mappings.add(new GroupRole(text(o, "group"), id(o, "serverId", at, malformed), id(o, "roleId", at, malformed)));
        }
        if (!malformed.isEmpty()) {
            throw new InvalidInputException("Some mappings are not valid.", malformed);
        }
        return groupRoles.replace(caller.id(), mappings);
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }

    /** An id, or null for a missing one (the service names it); a malformed one is noted. */
    private static UUID id(JsonObject o, String key, String at, Map<String, String> malformed) {
        String s = text(o, key);
        try {
            return s == null ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            malformed.put(at + key, "is not an id");
            return null;
        }
    }
}
