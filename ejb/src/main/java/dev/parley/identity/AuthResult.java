package dev.parley.identity;

/** The answer to a registration, a login or a refresh. {@code expiresIn} is in seconds. */
public record AuthResult(AccountView user, String accessToken, String refreshToken, long expiresIn) {
}
