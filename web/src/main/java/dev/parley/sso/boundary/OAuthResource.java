package dev.parley.sso.boundary;

import dev.parley.identity.boundary.SignInBacking;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.identity.control.AuthResult;
import dev.parley.identity.control.Device;
import dev.parley.platform.control.NotFoundException;
import dev.parley.platform.control.PublicUrl;
import dev.parley.sso.control.ExternalIdentity;
import dev.parley.sso.control.Pkce;
import dev.parley.sso.control.SsoProtocol;
import dev.parley.sso.control.SsoProvider;
import dev.parley.sso.control.SsoProviders;
import dev.parley.sso.control.SsoRefusal;
import dev.parley.sso.control.SsoService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The browser's way through a provider: {@code GET /api/auth/oauth/{provider}} sends it to the provider's
 * sign-in, which sends it back to {@code GET /api/auth/oauth/callback} (one callback for every provider, told
 * apart by the state); there it is signed in — an ordinary browser sign-in, listed and revocable — and goes
 * on where it wanted to go, or to the page that says why not ({@code /sso-error.xhtml}). Every URL it is sent
 * to is built from {@code parley.public-url}, never from the request's Host.
 */
@Path("auth/oauth")
@RequestScoped
@Tag(name = "auth", description = "Accounts and tokens")
public class OAuthResource {

    static final String CALLBACK = "/api/auth/oauth/callback";
    static final String ERROR_PAGE = "/sso-error.xhtml";

    private static final Logger LOG = Logger.getLogger(OAuthResource.class.getName());

    @Inject
    SsoProviders providers;

    @Inject
    SsoProtocol protocol;

    @Inject
    SsoService sso;

    @Inject
    PublicUrl publicUrl;

    @Inject
    SignedInUser me;

    @Context
    HttpServletRequest http;

    @GET
    @Path("{provider}")
    @Operation(operationId = "startSsoSignIn", summary = "For a browser: go to the provider's sign-in"
            + " (oidc: the organisation's OpenID Connect provider; google; github); back at the callback, signed in")
    @APIResponse(responseCode = "303", description = "To the provider's sign-in, or to the error page when it cannot be reached")
    @APIResponse(responseCode = "404", description = "No such provider is configured")
    public Response start(@PathParam("provider") String id, @QueryParam("next") String next) {
        SsoProvider provider = providers.byId(id)
                .orElseThrow(() -> new NotFoundException("No such sign-in provider is configured."));
        String state = Pkce.random();
        String nonce = Pkce.random();
        String verifier = Pkce.random();
        String to;
        try {
            to = protocol.authorizationUrl(provider, publicUrl.of(CALLBACK), state, nonce, verifier);
        } catch (SsoRefusal refused) {
            return refused(refused);
        }
        Map<String, PendingSignIn> pending = PendingSignIn.of(http.getSession(true));
        synchronized (pending) {
            Instant now = Instant.now();
            pending.values().removeIf(p -> p.expired(now));
            while (pending.size() >= PendingSignIn.MAX_PENDING) {
                Iterator<String> oldest = pending.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            pending.put(state, new PendingSignIn(provider.id(), state, nonce, verifier,
                    SignInBacking.isLocalPath(next) && next.length() <= 2000 ? next : null, now));
            // the attribute again, so that a replicated session carries the change
            http.getSession().setAttribute(PendingSignIn.ATTRIBUTE, pending);
        }
        return redirect(to);
    }

    @GET
    @Path("callback")
    @Operation(operationId = "finishSsoSignIn", summary = "Where a provider sends the browser back: signs it in"
            + " and goes on to the app, or to the page that says why not")
    @APIResponse(responseCode = "303", description = "To the app, signed in; or to /sso-error.xhtml?reason=…")
    public Response callback(@QueryParam("state") String state, @QueryParam("code") String code,
            @QueryParam("error") String error) {
        PendingSignIn pending = take(state);
        if (pending == null) {
            return errorPage(SsoRefusal.EXPIRED);
        }
        if (error != null) {
            LOG.info(() -> "the provider " + pending.provider() + " answered the sign-in with an error");
            return errorPage(SsoRefusal.DENIED);
        }
        SsoProvider provider = providers.byId(pending.provider()).orElse(null);
        if (provider == null) {
            return errorPage(SsoRefusal.EXPIRED);
        }
        try {
            ExternalIdentity person = protocol.exchange(provider, code, publicUrl.of(CALLBACK), pending.nonce(),
                    pending.verifier());
            AuthResult result = sso.signIn(person, new Device(http.getHeader("User-Agent"), http.getRemoteAddr()));
            // a new session id on sign-in: an id planted before cannot ride along
            http.changeSessionId();
            me.signIn(result, http.getSession());
            return redirect(publicUrl.of(pending.next() == null ? "/" : pending.next()));
        } catch (SsoRefusal refused) {
            return refused(refused);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a sign-in through " + provider.id() + " failed", e);
            return errorPage("failed");
        }
    }

    /** The pending sign-in of this state, taken (so used once); null for none, an expired or a forged one. */
    private PendingSignIn take(String state) {
        HttpSession session = http.getSession(false);
        if (session == null || state == null || state.isEmpty() || state.length() > 100) {
            return null;
        }
        Map<String, PendingSignIn> pending = PendingSignIn.of(session);
        PendingSignIn found = null;
        synchronized (pending) {
            // compared in constant time: the state is a secret of this browser
            for (PendingSignIn p : pending.values()) {
                if (Pkce.same(p.state(), state)) {
                    found = p;
                }
            }
            if (found != null) {
                pending.remove(found.state());
            }
            // the attribute again, so that a replicated session carries the change
            session.setAttribute(PendingSignIn.ATTRIBUTE, pending);
        }
        return found == null || found.expired(Instant.now()) ? null : found;
    }

    private Response refused(SsoRefusal refused) {
        LOG.info(() -> "a sign-in through a provider was refused (" + refused.reason() + "): " + refused.getMessage());
        return errorPage(refused.reason());
    }

    private Response errorPage(String reason) {
        return redirect(publicUrl.of(ERROR_PAGE + "?reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8)));
    }

    private static Response redirect(String to) {
        return Response.seeOther(URI.create(to)).header("Cache-Control", "no-store").build();
    }
}
