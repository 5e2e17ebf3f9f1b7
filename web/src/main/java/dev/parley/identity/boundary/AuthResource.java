package dev.parley.identity.boundary;

import dev.parley.identity.control.AuthResult;
import dev.parley.identity.control.Credentials;
import dev.parley.identity.control.Device;
import dev.parley.identity.control.EmailVerificationService;
import dev.parley.identity.control.ForgotPassword;
import dev.parley.identity.control.IdentityService;
import dev.parley.identity.control.LinkToken;
import dev.parley.identity.control.PasswordReset;
import dev.parley.identity.control.PasswordResetService;
import dev.parley.mail.control.MailLocales;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import dev.parley.identity.control.RefreshRequest;
import dev.parley.identity.control.Registration;
import dev.parley.platform.boundary.ClientAddress;
import dev.parley.platform.boundary.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("auth")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth", description = "Accounts and tokens")
public class AuthResource {

    @Inject
    IdentityService identity;

    @Inject
    EmailVerificationService verification;

    @Inject
    PasswordResetService resets;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest http;

    @POST
    @Path("register")
    @Operation(operationId = "register", summary = "Create an account and sign in")
    @APIResponse(responseCode = "201", description = "Signed in",
            content = @Content(schema = @Schema(ref = "AuthResult")))
    @APIResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Email or username taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response register(Registration registration, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        return Response.status(Response.Status.CREATED).entity(identity.register(registration, device(userAgent),
                requestedLocale())).build();
    }

    @POST
    @Path("login")
    @Operation(operationId = "login", summary = "Sign in with email or username and password")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(schema = @Schema(ref = "AuthResult")))
    @APIResponse(responseCode = "401", description = "Wrong login or password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public AuthResult login(Credentials credentials, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        return identity.login(credentials, device(userAgent));
    }

    @POST
    @Path("refresh")
    @Operation(operationId = "refreshTokens", summary = "Trade a refresh token for a new token pair (the old refresh token stops working)")
    @APIResponse(responseCode = "200", description = "New tokens",
            content = @Content(schema = @Schema(ref = "AuthResult")))
    @APIResponse(responseCode = "401", description = "Unknown, expired or reused refresh token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public AuthResult refresh(RefreshRequest request, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        return identity.refresh(request, device(userAgent));
    }

    @POST
    @Path("logout")
    @Operation(operationId = "logout", summary = "End the sign-in that owns this refresh token")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout(RefreshRequest request) {
        identity.logout(request);
        return Response.noContent().build();
    }

    @POST
    @Path("verify-email")
    @Operation(operationId = "verifyEmail", summary = "Verify your email address with the token of the link"
            + " mailed to you (single-use, 24 hours)")
    @APIResponse(responseCode = "204", description = "The address is verified")
    @APIResponse(responseCode = "400", description = "invalid-link: the link has expired, was used, or is not one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response verifyEmail(LinkToken request) {
        verification.verify(request);
        return Response.noContent().build();
    }

    @POST
    @Path("verify-email/resend")
    @SignedIn
    @SecurityRequirement(name = ParleyApi.BEARER)
    @Operation(operationId = "resendVerificationEmail", summary = "Mail yourself a new link to verify your email"
            + " address (earlier links stop working)")
    @APIResponse(responseCode = "204", description = "Sent")
    @APIResponse(responseCode = "409", description = "Your address is verified already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response resendVerification() {
        verification.resend(caller.id(), requestedLocale());
        return Response.noContent().build();
    }

    @POST
    @Path("forgot-password")
    @Operation(operationId = "forgotPassword", summary = "Mail a password reset link (single-use, 1 hour) to the"
            + " account of this address; the answer is the same whether there is one or not")
    @APIResponse(responseCode = "202", description = "If an account exists for that address, a link is on its way",
            content = @Content(schema = @Schema(implementation = ForgotPasswordAccepted.class)))
    public Response forgotPassword(ForgotPassword request) {
        ForgotPassword checked = resets.accept(request, ClientAddress.of(http));
        resets.sendLink(checked, requestedLocale());
        return Response.accepted(ACCEPTED).build();
    }

    @POST
    @Path("reset-password")
    @Operation(operationId = "resetPassword", summary = "Set a new password with the token of a reset link; every"
            + " sign-in of the account ends")
    @APIResponse(responseCode = "204", description = "The password is set")
    @APIResponse(responseCode = "400", description = "invalid-link (expired, used, not one) or invalid-input (password)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response resetPassword(PasswordReset request) {
        resets.reset(request);
        return Response.noContent().build();
    }

    /** The one answer to forgot-password, whatever the address. */
    @Schema(name = "ForgotPasswordAccepted", description = "The one answer to forgot-password, whatever the address.")
    public record ForgotPasswordAccepted(String message) {
    }

    static final ForgotPasswordAccepted ACCEPTED = new ForgotPasswordAccepted("If an account exists for that address, we sent a link to reset its password.");

    private java.util.Locale requestedLocale() {
        return MailLocales.ofAcceptLanguage(http.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private Device device(String userAgent) {
        return new Device(userAgent, ClientAddress.of(http));
    }
}
