package dev.parley.identity.control;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a registration, a login or a refresh. {@code expiresIn} is in seconds;
 * {@code sessionId} names the sign-in (the same across refreshes) in {@code /api/users/me/sessions}.
 */
@Schema(name = "AuthResult", description = "Tokens and the signed-in user, answered by register, login and refresh.")
public record AuthResult(AccountView user, String accessToken, String refreshToken, long expiresIn, UUID sessionId) {
}
