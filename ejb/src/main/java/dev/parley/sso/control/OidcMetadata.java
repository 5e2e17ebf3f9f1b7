package dev.parley.sso.control;

/** What an OpenID Connect provider's discovery document says that Parley uses. */
public record OidcMetadata(String issuer, String authorizationEndpoint, String tokenEndpoint, String jwksUri) {
}
