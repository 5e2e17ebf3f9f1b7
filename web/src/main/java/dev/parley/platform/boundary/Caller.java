package dev.parley.platform.boundary;

import dev.parley.identity.control.TokenService;
import dev.parley.platform.control.NotAuthenticatedException;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/** The signed-in user of this request, from the access token {@link BearerFilter} verified. */
@RequestScoped
public class Caller {

    private TokenService.Bearer bearer;

    void signedIn(TokenService.Bearer verified) {
        this.bearer = verified;
    }

    public UUID id() {
        if (bearer == null) {
            throw new NotAuthenticatedException("Sign in first.");
        }
        return bearer.userId();
    }

    /** The sign-in (refresh-token family) the request's access token belongs to. */
    public UUID signIn() {
        if (bearer == null) {
            throw new NotAuthenticatedException("Sign in first.");
        }
        return bearer.signIn();
    }
}
