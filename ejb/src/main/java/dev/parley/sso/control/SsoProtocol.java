package dev.parley.sso.control;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.logging.Logger;

/**
 * The authorization code flow with PKCE (S256), state and nonce, as Parley speaks it to each kind of
 * provider: with an OpenID Connect provider the person comes back in its validated ID token; with GitHub
 * (OAuth 2.0 only) from its API, {@code /user} and {@code /user/emails}. Holds no state of its own: the
 * state, nonce and verifier of a sign-in live with the browser's session ({@code sso.boundary}).
 */
@ApplicationScoped
public class SsoProtocol {

    private static final Logger LOG = Logger.getLogger(SsoProtocol.class.getName());

    @Inject
    OidcDiscovery discovery;

    @Inject
    ProviderHttp http;

    /** Where to send the browser to sign in at the provider. */
    public String authorizationUrl(SsoProvider provider, String redirectUri, String state, String nonce, String verifier) {
        String endpoint = provider.isOidc() ? discovery.metadata(provider).authorizationEndpoint() : provider.authorizeUrl();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", provider.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", String.join(" ", provider.scopes()));
        query.put("state", state);
        if (provider.isOidc()) {
            query.put("nonce", nonce);
        }
        query.put("code_challenge", Pkce.challenge(verifier));
        query.put("code_challenge_method", "S256");
        StringJoiner q = new StringJoiner("&");
        query.forEach((k, v) -> q.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return endpoint + (endpoint.contains("?") ? "&" : "?") + q;
    }

    /** Trades the code for the person it stands for, validated. */
    public ExternalIdentity exchange(SsoProvider provider, String code, String redirectUri, String nonce, String verifier) {
        if (code == null || code.isBlank() || code.length() > 4096) {
            throw new SsoRefusal(SsoRefusal.DENIED, "The provider sent no authorization code.");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", provider.clientId());
        form.put("client_secret", provider.clientSecret());
        form.put("code_verifier", verifier);
        String tokenEndpoint = provider.isOidc() ? discovery.metadata(provider).tokenEndpoint() : provider.tokenUrl();
        Map<String, Object> answer = http.postForm(tokenEndpoint, form);
        if (answer.get("error") != null) {
            // the error code is the provider's word (invalid_grant, …), not a secret
            LOG.info(() -> "the token endpoint of " + provider.id() + " refused the code: " + answer.get("error"));
            throw new SsoRefusal(SsoRefusal.DENIED, "The provider refused to trade the code.");
        }
        return provider.isOidc() ? oidcPerson(provider, answer, nonce) : githubPerson(provider, answer);
    }

    private ExternalIdentity oidcPerson(SsoProvider provider, Map<String, Object> answer, String nonce) {
        if (!(answer.get("id_token") instanceof String idToken)) {
            throw new SsoRefusal(SsoRefusal.INVALID, "The provider's token answer has no ID token.");
        }
        OidcMetadata metadata = discovery.metadata(provider);
        JWTClaimsSet claims = ProviderTokens.idToken(idToken, metadata.issuer(), provider.clientId(),
                discovery.keys(provider), nonce);
        try {
            Boolean verified = claims.getBooleanClaim("email_verified");
            return new ExternalIdentity(provider.id(), metadata.issuer(), claims.getSubject(),
                    claims.getStringClaim("email"), Boolean.TRUE.equals(verified),
                    claims.getStringClaim("preferred_username"), claims.getStringClaim("name"),
                    provider.groupsClaim() == null ? null : groups(claims.getClaim(provider.groupsClaim())),
                    claims.getStringClaim("sid"));
        } catch (ParseException e) {
            // email_verified as a string "true" (some providers) is read below rather than refused
            return lenient(provider, metadata.issuer(), claims);
        }
    }

    private static ExternalIdentity lenient(SsoProvider provider, String issuer, JWTClaimsSet claims) {
        Object verified = claims.getClaim("email_verified");
        return new ExternalIdentity(provider.id(), issuer, claims.getSubject(), text(claims.getClaim("email")),
                Boolean.TRUE.equals(verified) || "true".equals(verified), text(claims.getClaim("preferred_username")),
                text(claims.getClaim("name")),
                provider.groupsClaim() == null ? null : groups(claims.getClaim(provider.groupsClaim())),
                text(claims.getClaim("sid")));
    }

    /** The groups claim: a list of names, or one name; anything else is no groups. */
    static List<String> groups(Object claim) {
        List<String> groups = new ArrayList<>();
        if (claim instanceof List<?> list) {
            list.stream().filter(g -> g instanceof String).map(g -> ((String) g).strip()).filter(g -> !g.isEmpty())
                    .forEach(groups::add);
        } else if (claim instanceof String one && !one.isBlank()) {
            groups.add(one.strip());
        }
        return List.copyOf(groups);
    }

    private ExternalIdentity githubPerson(SsoProvider provider, Map<String, Object> answer) {
        if (!(answer.get("access_token") instanceof String token) || token.isBlank()) {
            throw new SsoRefusal(SsoRefusal.INVALID, "GitHub's token answer has no access token.");
        }
        String[] auth = {"Authorization", "Bearer " + token, "X-GitHub-Api-Version", "2022-11-28"};
        Map<String, Object> user = http.getObject(provider.apiUrl() + "/user", auth);
        Object id = user.get("id");
        if (!(id instanceof Number) && !(id instanceof String)) {
            throw new SsoRefusal(SsoRefusal.INVALID, "GitHub's /user has no id.");
        }
        String subject = id instanceof Number n ? String.valueOf(n.longValue()) : (String) id;
        String email = null;
        boolean verified = false;
        for (Object e : http.getArray(provider.apiUrl() + "/user/emails", auth)) {
            if (e instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("primary")) && m.get("email") instanceof String address) {
                email = address;
                verified = Boolean.TRUE.equals(m.get("verified"));
            }
        }
        return new ExternalIdentity(provider.id(), provider.issuer(), subject, email, verified,
                text(user.get("login")), text(user.get("name")), null, null);
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }
}
