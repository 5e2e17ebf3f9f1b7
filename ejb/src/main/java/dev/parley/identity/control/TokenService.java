package dev.parley.identity.control;

import dev.parley.identity.entity.UserAccount;
import dev.parley.platform.control.Clock;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes and checks tokens. Access tokens are RS256 JWTs in the MicroProfile JWT shape
 * ({@code upn}, {@code groups}); refresh tokens are 256 random bits, of which only a SHA-256
 * is ever stored.
 */
@ApplicationScoped
public class TokenService {

    /** The one group every signed-in user has (the token keeps the MicroProfile JWT shape). */
    public static final String USER_GROUP = "user";

    private final SecureRandom random = new SecureRandom();

    @Inject
    SigningKeys keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "parley.jwt.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "parley.jwt.access-ttl-seconds")
    long accessTtlSeconds;

    @Inject
    @ConfigProperty(name = "parley.jwt.verified-cache-size")
    int verifiedCacheSize;

    @Inject
    RevokedSignIns revoked;

    VerifiedTokens verified;
    private RSASSAVerifier verifier;

    @PostConstruct
    void start() {
        verified = new VerifiedTokens(verifiedCacheSize);
        verifier = new RSASSAVerifier(keys.publicKey());
    }

    public long accessTtlSeconds() {
        return accessTtlSeconds;
    }

    /** An access token for the user's sign-in {@code signIn} (its {@code sid} claim). */
    public String accessToken(UserAccount user, UUID signIn) {
        Instant now = clock.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(user.getId().toString())
                .claim(SIGN_IN_CLAIM, signIn.toString())
                .claim("upn", user.getUsername())
                .claim("groups", List.of(USER_GROUP))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(accessTtlSeconds)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT).keyID(keys.keyId()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(keys.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return jwt.serialize();
    }

    /** The claim that names the sign-in (refresh-token family) a token belongs to. */
    static final String SIGN_IN_CLAIM = "sid";

    /** Who a valid access token speaks for, until when, of which sign-in, issued when. */
    public record Bearer(UUID userId, Instant expiresAt, UUID signIn, Instant issuedAt) {
    }

    /** The user id of a valid, unexpired access token of ours; empty for anything else. */
    public Optional<UUID> verify(String token) {
        return bearer(token).map(Bearer::userId);
    }

    /**
     * The bearer of a valid, unexpired access token of ours, of a sign-in that has not ended; empty for
     * anything else. The revocation set is asked every time, also for a token verified before.
     */
    public Optional<Bearer> bearer(String token) {
        return verified(token).filter(b -> revoked == null || !revoked.refuses(b));
    }

    private Optional<Bearer> verified(String token) {
        if (token == null || token.isBlank() || token.length() > 8192) {
            return Optional.empty();
        }
        Instant now = clock.now();
        Optional<Bearer> known = verified.get(token, now);
        if (known.isPresent()) {
            return known;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date exp = claims.getExpirationTime();
            if (!issuer.equals(claims.getIssuer()) || exp == null || !exp.toInstant().isAfter(now)) {
                return Optional.empty();
            }
            String sid = claims.getStringClaim(SIGN_IN_CLAIM);
            Date iat = claims.getIssueTime();
            if (sid == null || iat == null) {
                return Optional.empty();
            }
            Bearer bearer = new Bearer(UUID.fromString(claims.getSubject()), exp.toInstant(), UUID.fromString(sid),
                    iat.toInstant());
            verified.put(token, bearer, now);
            return Optional.of(bearer);
        } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public String newRefreshToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String refreshToken) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(refreshToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
