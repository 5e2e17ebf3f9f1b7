package dev.parley.moderation.boundary;

import dev.parley.moderation.control.AuditEntryView;
import dev.parley.moderation.control.AuditLogService;
import dev.parley.moderation.control.AuditQuery;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import java.util.List;

/** A server's audit log: every moderation and settings action, newest first. */
@Path("servers/{serverId}/audit-log")
@ApplicationScoped
@SignedIn
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "moderation")
public class AuditLogResource {

    @Inject
    AuditLogService log;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getAuditLog", summary = "The server's audit log, newest first (needs VIEW_AUDIT_LOG)")
    @APIResponse(responseCode = "400", description = "A malformed action, userId, before or limit (named in fields)")
    @APIResponse(responseCode = "403", description = "Without VIEW_AUDIT_LOG")
    @APIResponse(responseCode = "404", description = "No such server, or not a member of it")
    public List<AuditEntryView> page(@PathParam("serverId") UUID serverId,
            @Parameter(description = "only this action, e.g. member.ban") @QueryParam("action") String action,
            @Parameter(description = "only what this user did") @QueryParam("userId") String userId,
            @Parameter(description = "only entries older than this entry id") @QueryParam("before") String before,
            @Parameter(description = "1 to 100, default 50") @QueryParam("limit") String limit) {
        return log.page(caller.id(), serverId, AuditQuery.parse(action, userId, before, limit));
    }
}
