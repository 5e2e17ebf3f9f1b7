package dev.parley.identity.boundary;

import dev.parley.platform.boundary.SignedIn;
import dev.parley.identity.control.AccountView;
import dev.parley.identity.control.IdentityService;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("users")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "users")
public class UserResource {

    @Inject
    IdentityService identity;

    @Inject
    Caller caller;

    @GET
    @Path("me")
    @Operation(operationId = "getCurrentUser", summary = "The signed-in user")
    public AccountView me() {
        return identity.me(caller.id());
    }
}
