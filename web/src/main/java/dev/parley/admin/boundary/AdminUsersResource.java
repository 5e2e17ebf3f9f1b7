package dev.parley.admin.boundary;

import dev.parley.admin.control.AccountAdminService;
import dev.parley.admin.control.AccountStatus;
import dev.parley.admin.control.AdminUserView;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.Problem;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts, for the installation's administrators. */
@Path("admin/users")
@ApplicationScoped
@SignedIn
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "admin")
public class AdminUsersResource {

    @Inject
    AccountAdminService accounts;

    @Inject
    Caller caller;

    @PATCH
    @Path("{userId}")
    @Operation(operationId = "updateUserStatus", summary = "Disable an account ({\"disabled\":true}: it cannot sign"
            + " in, its sign-ins end and its tokens are refused at once) or enable it again; audit-logged")
    @APIResponse(responseCode = "200", description = "The account as it is now",
            content = @Content(schema = @Schema(ref = "AdminUserView")))
    @APIResponse(responseCode = "400", description = "disabled missing or not true/false",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Not an administrator of the installation")
    @APIResponse(responseCode = "404", description = "No such user")
    @APIResponse(responseCode = "409", description = "Disabling your own account")
    public AdminUserView update(@PathParam("userId") UUID userId, AccountStatus status) {
        return accounts.setStatus(caller.id(), userId, status);
    }
}
