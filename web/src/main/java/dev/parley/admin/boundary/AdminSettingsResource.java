package dev.parley.admin.boundary;

import dev.parley.admin.control.SettingsService;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.MalformedJsonException;
import dev.parley.platform.control.StrictJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/settings")
@ApplicationScoped
@SignedIn
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "admin", description = "The installation itself, for its administrators (PARLEY_ADMINS)")
public class AdminSettingsResource {

    @Inject
    SettingsService settings;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getInstanceSettings", summary = "The installation's settings, by key"
            + " (accounts.unverified-access: full|read-only; auth.local-passwords: true|false)")
    @APIResponse(responseCode = "200", description = "Every setting's key and value (a JSON object of strings)")
    @APIResponse(responseCode = "403", description = "Not an administrator of the installation")
    public Map<String, String> get() {
        return settings.all(caller.id());
    }

    @PATCH
    @Operation(operationId = "updateInstanceSettings", summary = "Change some of the installation's settings:"
            + " a JSON object of keys to string values; all or none")
    @APIResponse(responseCode = "200", description = "Every setting's key and value, as they are now (a JSON object of strings)")
    @APIResponse(responseCode = "400", description = "An unknown key or a value it cannot take (each named)")
    @APIResponse(responseCode = "403", description = "Not an administrator of the installation")
    public Map<String, String> update(InputStream body) {
        caller.id();
        JsonValue json = StrictJson.parse(body);
        if (!(json instanceof JsonObject object)) {
            throw new MalformedJsonException("Send a JSON object of setting keys to string values.");
        }
        Map<String, String> changes = new LinkedHashMap<>();
        Map<String, String> problems = new TreeMap<>();
        object.forEach((key, value) -> {
            if (value instanceof JsonString s) {
                changes.put(key, s.getString());
            } else {
                problems.put(key, "must be a string");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Every setting's value is a string.", problems);
        }
        return settings.update(caller.id(), changes);
    }
}
