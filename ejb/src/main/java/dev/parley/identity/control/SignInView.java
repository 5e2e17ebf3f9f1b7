package dev.parley.identity.control;

import dev.parley.identity.entity.UserSession;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One sign-in of the user (a device or client that holds a refresh token), as their list of sessions shows it. */
@Schema(name = "SignIn", description = "A sign-in: one device or client of the user. `lastUsedAt` is its last"
        + " sign-in or token refresh.")
public record SignInView(UUID id, String device, String userAgent, String ip, Instant signedInAt,
        Instant lastUsedAt, Instant expiresAt, boolean current) {

    static SignInView of(UserSession s, UUID current) {
        return new SignInView(s.getFamilyId(), new Device(s.getUserAgent(), s.getIp()).label(), s.getUserAgent(),
                s.getIp(), s.getSignedInAt().toInstant(), s.getCreatedAt().toInstant(), s.getExpiresAt().toInstant(),
                s.getFamilyId().equals(current));
    }
}
