package dev.parley.sso.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProviderTokensTest {

    static final String ISSUER = "https://idp.example/realms/corp";
    static final String CLIENT = "parley";
    static RSAKey key;
    static RSAKey other;
    static JWKSource<SecurityContext> keys;

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        other = new RSAKeyGenerator(2048).keyID("k1").generate();
        keys = new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK()));
    }

    static JWTClaimsSet.Builder id(String nonce) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(CLIENT).subject("alice").issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300))).claim("nonce", nonce);
    }

    static String sign(JWTClaimsSet claims, RSAKey with, JOSEObjectType type) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).type(type).build(), claims);
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    static String invalidReason(Runnable r) {
        try {
            r.run();
            return "accepted";
        } catch (SsoRefusal refusal) {
            return refusal.reason();
        }
    }

    @Test
    void aValidIdTokenGivesItsClaims() throws Exception {
        JWTClaimsSet claims = ProviderTokens.idToken(sign(id("n1").claim("email", "a@example.test").build(), key,
                JOSEObjectType.JWT), ISSUER, CLIENT, keys, "n1");
        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getStringClaim("email")).isEqualTo("a@example.test");
    }

    @Test
    void everyForgeryOfAnIdTokenIsRefused() throws Exception {
        Instant now = Instant.now();
        String signedByOther = sign(id("n1").build(), other, JOSEObjectType.JWT);
        String otherAudience = sign(id("n1").audience("someone").build(), key, JOSEObjectType.JWT);
        String otherIssuer = sign(id("n1").issuer("https://evil.example").build(), key, JOSEObjectType.JWT);
        String expired = sign(id("n1").issueTime(Date.from(now.minusSeconds(3600)))
                .expirationTime(Date.from(now.minusSeconds(600))).build(), key, JOSEObjectType.JWT);
        String noNonce = sign(id(null).build(), key, JOSEObjectType.JWT);
        String otherNonce = sign(id("n2").build(), key, JOSEObjectType.JWT);
        String plain = new PlainJWT(id("n1").build()).serialize();
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), id("n1").build());
        hmac.sign(new MACSigner(new byte[32]));
        String multiAudienceWithoutAzp = sign(id("n1").audience(List.of(CLIENT, "other")).build(), key, JOSEObjectType.JWT);
        String noSubject = sign(new JWTClaimsSet.Builder().issuer(ISSUER).audience(CLIENT).issueTime(new Date())
                .expirationTime(Date.from(now.plusSeconds(60))).claim("nonce", "n1").build(), key, JOSEObjectType.JWT);
        for (String token : List.of(signedByOther, otherAudience, otherIssuer, expired, noNonce, otherNonce, plain,
                hmac.serialize(), multiAudienceWithoutAzp, noSubject, "", "not.a.token")) {
            assertThat(invalidReason(() -> ProviderTokens.idToken(token, ISSUER, CLIENT, keys, "n1"))).as(token)
                    .isEqualTo(SsoRefusal.INVALID);
        }
        assertThat(invalidReason(() -> ProviderTokens.idToken(null, ISSUER, CLIENT, keys, "n1"))).isEqualTo(SsoRefusal.INVALID);
    }

    static JWTClaimsSet.Builder logout() {
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(CLIENT).issueTime(new Date()).jwtID("j1")
                .claim("events", Map.of(ProviderTokens.BACKCHANNEL_LOGOUT_EVENT, Map.of()));
    }

    @Test
    void aLogoutTokenNamesASessionOrASubjectCarriesTheEventAndNoNonce() throws Exception {
        JOSEObjectType logoutJwt = new JOSEObjectType("logout+jwt");
        assertThat(ProviderTokens.logoutToken(sign(logout().claim("sid", "s1").build(), key, logoutJwt), ISSUER, CLIENT, keys)
                .getStringClaim("sid")).isEqualTo("s1");
        assertThat(ProviderTokens.logoutToken(sign(logout().subject("alice").build(), key, JOSEObjectType.JWT), ISSUER, CLIENT,
                keys).getSubject()).isEqualTo("alice");
        for (String token : List.of(sign(logout().build(), key, logoutJwt),
                sign(logout().subject("alice").claim("nonce", "n").build(), key, logoutJwt),
                sign(logout().subject("alice").claim("events", Map.of("other", Map.of())).build(), key, logoutJwt),
                sign(new JWTClaimsSet.Builder().issuer(ISSUER).audience(CLIENT).issueTime(new Date()).subject("a").build(), key, logoutJwt),
                sign(logout().subject("alice").audience("x").build(), key, logoutJwt),
                sign(logout().subject("alice").build(), other, logoutJwt))) {
            assertThat(invalidReason(() -> ProviderTokens.logoutToken(token, ISSUER, CLIENT, keys))).isEqualTo(SsoRefusal.INVALID);
        }
    }

    @Test
    void pkceS256IsTheRfcsExample() {
        // RFC 7636, appendix B
        assertThat(Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assertThat(Pkce.random()).hasSize(43).isNotEqualTo(Pkce.random());
        assertThatThrownBy(() -> { throw new SsoRefusal(SsoRefusal.EXPIRED, "x"); }).isInstanceOf(SsoRefusal.class);
    }
}
