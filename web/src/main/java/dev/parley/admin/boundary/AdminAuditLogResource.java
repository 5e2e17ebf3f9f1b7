package dev.parley.admin.boundary;

import dev.parley.moderation.control.AuditEntryView;
import dev.parley.moderation.control.AuditLogService;
import dev.parley.moderation.control.AuditQuery;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The installation's own audit log: sign-in throttling, accounts disabled and enabled, settings changed. */
@Path("admin/audit-log")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "admin")
public class AdminAuditLogResource {

    @Inject
    AuditLogService log;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getInstallationAuditLog", summary = "The installation's own audit log (entries of no"
            + " server: auth.login.throttled, user.disable, user.enable, settings.update, ...), newest first")
    @APIResponse(responseCode = "400", description = "A malformed action, userId, before or limit (named in fields)")
    @APIResponse(responseCode = "403", description = "Not an administrator of the installation")
    public List<AuditEntryView> page(
            @Parameter(description = "only this action, e.g. user.disable") @QueryParam("action") String action,
            @Parameter(description = "only what this user did") @QueryParam("userId") String userId,
            @Parameter(description = "only entries older than this entry id") @QueryParam("before") String before,
            @Parameter(description = "1 to 100, default 50") @QueryParam("limit") String limit) {
        return log.installationPage(caller.id(), AuditQuery.parse(action, userId, before, limit));
    }
}
