package dev.parley.platform.boundary;

import dev.parley.platform.control.NotAuthenticatedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in user of this request, from the verified access token. */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken jwt;

    public UUID id() {
        String subject = jwt == null ? null : jwt.getSubject();
        if (subject == null) {
            throw new NotAuthenticatedException("Sign in first.");
        }
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            throw new NotAuthenticatedException("This token does not name a user.");
        }
    }
}
