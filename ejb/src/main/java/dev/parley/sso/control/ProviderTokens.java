package dev.parley.sso.control;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates what an OpenID Connect provider signs: ID tokens (OpenID Connect Core 3.1.3.7) and logout
 * tokens (Back-Channel Logout 1.0, 2.6). Only the provider's asymmetric keys from its JWKS count: a token
 * with {@code alg: none}, an HMAC or an unknown key is refused, as is one for another audience, from another
 * issuer, expired, or with the wrong nonce.
 */
public final class ProviderTokens {

    /** The logout token's events claim holds this member. */
    public static final String BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.EdDSA);

    private ProviderTokens() {
    }

    /**
     * The claims of a valid ID token: signed by the provider, issued by {@code issuer} for {@code clientId}
     * (and, with several audiences, authorized for it), not expired, carrying this sign-in's nonce.
     */
    public static JWTClaimsSet idToken(String token, String issuer, String clientId, JWKSource<SecurityContext> keys,
            String nonce) {
        JWTClaimsSet claims = verify(token, issuer, clientId, keys,
                new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null),
                Set.of("sub", "iat", "exp"), Set.of());
        try {
            if (!Pkce.same(nonce, claims.getStringClaim("nonce"))) {
                throw new SsoRefusal(SsoRefusal.INVALID, "The ID token does not carry this sign-in's nonce.");
            }
            List<String> audience = claims.getAudience();
            String azp = claims.getStringClaim("azp");
            if ((audience.size() > 1 || azp != null) && !clientId.equals(azp)) {
                throw new SsoRefusal(SsoRefusal.INVALID, "The ID token was issued to another client.");
            }
        } catch (ParseException e) {
            throw new SsoRefusal(SsoRefusal.INVALID, "The ID token's claims are malformed.", e);
        }
        return claims;
    }

    /**
     * The claims of a valid logout token: signed by the provider, issued by {@code issuer} for {@code clientId},
     * with the back-channel logout event, a {@code sub} or a {@code sid} (or both), and no nonce.
     */
    public static JWTClaimsSet logoutToken(String token, String issuer, String clientId, JWKSource<SecurityContext> keys) {
        JWTClaimsSet claims = verify(token, issuer, clientId, keys,
                new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("logout+jwt"), null),
                Set.of("iat", "events"), Set.of("nonce"));
        try {
            Map<String, Object> events = claims.getJSONObjectClaim("events");
            if (events == null || !(events.get(BACKCHANNEL_LOGOUT_EVENT) instanceof Map)) {
                throw new SsoRefusal(SsoRefusal.INVALID, "The logout token has no back-channel logout event.");
            }
            if (blank(claims.getSubject()) && blank(claims.getStringClaim("sid"))) {
                throw new SsoRefusal(SsoRefusal.INVALID, "The logout token names neither a subject nor a session.");
            }
        } catch (ParseException e) {
            throw new SsoRefusal(SsoRefusal.INVALID, "The logout token's claims are malformed.", e);
        }
        return claims;
    }

    private static JWTClaimsSet verify(String token, String issuer, String clientId, JWKSource<SecurityContext> keys,
            DefaultJOSEObjectTypeVerifier<SecurityContext> types, Set<String> required, Set<String> prohibited) {
        if (token == null || token.isBlank() || token.length() > 16_384) {
            throw new SsoRefusal(SsoRefusal.INVALID, "No token, or one too large.");
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(types);
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(new HashSet<>(ALGORITHMS), keys));
        // mutable sets: the verifier asks them whether they contain null, which Set.of answers with an exception
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(new HashSet<>(Set.of(clientId)),
                new JWTClaimsSet.Builder().issuer(issuer).build(), new HashSet<>(required), new HashSet<>(prohibited)));
        try {
            return processor.process(token, null);
        } catch (Exception e) {
            // ParseException, BadJOSEException (signature, key, claims), JOSEException: all the same to the person
            throw new SsoRefusal(SsoRefusal.INVALID, "The provider's token is not valid: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
