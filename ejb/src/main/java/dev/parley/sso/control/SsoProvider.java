package dev.parley.sso.control;

import java.util.List;

/**
 * A provider people can sign in with, as configured.
 *
 * @param id the name in URLs and in the database: {@code oidc} (the organisation's own), {@code google}, {@code github}
 * @param label what its button says after "Continue with"
 * @param issuer an OpenID Connect provider's issuer URL (discovery is under it); GitHub: its API URL
 * @param scopes what is asked for
 * @param groupsClaim the ID token claim that lists the person's directory groups; null: no group sync
 * @param authorizeUrl GitHub's authorization endpoint (OpenID Connect providers name theirs in discovery)
 * @param tokenUrl GitHub's token endpoint
 * @param apiUrl GitHub's REST API ({@code /user}, {@code /user/emails})
 */
public record SsoProvider(String id, Kind kind, String label, String clientId, String clientSecret, String issuer,
        List<String> scopes, String groupsClaim, String authorizeUrl, String tokenUrl, String apiUrl) {

    public enum Kind {
        /** OpenID Connect: discovery, ID token */
        OIDC,
        /** GitHub's OAuth 2.0 (no ID token): the user from its API */
        GITHUB
    }

    public static final String CORPORATE = "oidc";
    public static final String GOOGLE = "google";
    public static final String GITHUB = "github";

    public boolean isOidc() {
        return kind == Kind.OIDC;
    }

    @Override
    public String toString() {
        // never the secret
        return "SsoProvider[" + id + ", " + issuer + "]";
    }
}
