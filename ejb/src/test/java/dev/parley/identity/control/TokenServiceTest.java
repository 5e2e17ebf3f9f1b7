package dev.parley.identity.control;

import dev.parley.identity.entity.UserAccount;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenServiceTest {

    @TempDir
    Path dir;

    private static final java.util.UUID SIGN_IN = java.util.UUID.randomUUID();

    private TokenService tokens;
    private UserAccount ada;

    @BeforeEach
    void setUp() {
        tokens = tokenService(dir, "parley", 900);
        ada = new UserAccount("ada@example.test", "ada", null, "hash");
    }

    static TokenService tokenService(Path dir, String issuer, long ttl) {
        return tokenService(dir, issuer, ttl, new dev.parley.platform.control.Clock(), 0);
    }

    static TokenService tokenService(Path dir, String issuer, long ttl, dev.parley.platform.control.Clock clock,
            int cacheSize) {
        SigningKeys keys = new SigningKeys();
        keys.keyDir = java.util.Optional.of(dir.toString());
        keys.load();
        TokenService t = new TokenService();
        t.keys = keys;
        t.clock = clock;
        t.issuer = issuer;
        t.accessTtlSeconds = ttl;
        t.verifiedCacheSize = cacheSize;
        t.start();
        return t;
    }

    @Test
    void anAccessTokenNamesItsUserInTheMicroProfileShape() {
        String token = tokens.accessToken(ada, SIGN_IN);
        assertThat(tokens.verify(token)).contains(ada.getId());
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims).contains("\"upn\":\"ada\"", "\"groups\":[\"user\"]", "\"iss\":\"parley\"",
                "\"sid\":\"" + SIGN_IN + "\"");
        assertThat(tokens.bearer(token)).map(TokenService.Bearer::signIn).contains(SIGN_IN);
    }

    @Test
    void unsignedAlgorithmConfusedAndSignInlessTokensAreRefused() throws Exception {
        String token = tokens.accessToken(ada, SIGN_IN);
        String[] parts = token.split("\\.");
        java.util.Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String none = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        assertThat(tokens.bearer(none + "." + parts[1] + ".")).as("alg none").isEmpty();
        // HS256 "signed" with the public key as the HMAC secret: the classic algorithm confusion
        String hs = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes());
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(tokens.keys.publicKey().getEncoded(), "HmacSHA256"));
        String confused = hs + "." + parts[1];
        assertThat(tokens.bearer(confused + "." + b64.encodeToString(mac.doFinal(confused.getBytes()))))
                .as("HS256 with the public key").isEmpty();
        // a validly signed token without a sign-in (as tokens were before sign-ins could be revoked)
        com.nimbusds.jwt.JWTClaimsSet claims = new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer("parley")
                .subject(ada.getId().toString()).issueTime(new java.util.Date())
                .expirationTime(new java.util.Date(System.currentTimeMillis() + 600_000)).build();
        com.nimbusds.jwt.SignedJWT jwt = new com.nimbusds.jwt.SignedJWT(
                new com.nimbusds.jose.JWSHeader(com.nimbusds.jose.JWSAlgorithm.RS256), claims);
        jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(tokens.keys.privateKey()));
        assertThat(tokens.bearer(jwt.serialize())).as("no sid claim").isEmpty();
    }

    @Test
    void aTokenOfAnEndedSignInIsRefusedAtOnceEvenWhenVerifiedBefore() {
        MovableClock clock = new MovableClock();
        TokenService cached = tokenService(dir, "parley", 900, clock, 100);
        cached.revoked = new RevokedSignIns(clock, 900);
        String token = cached.accessToken(ada, SIGN_IN);
        String other = cached.accessToken(ada, java.util.UUID.randomUUID());
        assertThat(cached.bearer(token)).isPresent();
        cached.revoked.apply(new SignInsEnded(ada.getId(), java.util.Set.of(SIGN_IN), null));
        assertThat(cached.bearer(token)).as("its sign-in ended; the token was in the cache").isEmpty();
        assertThat(cached.bearer(other)).as("another sign-in of the same user").isPresent();
        clock.advance(java.time.Duration.ofSeconds(1));
        cached.revoked.apply(new SignInsEnded(ada.getId(), java.util.Set.of(), clock.now()));
        assertThat(cached.bearer(other)).as("the account was disabled after it was issued").isEmpty();
        clock.advance(java.time.Duration.ofSeconds(1));
        assertThat(cached.bearer(cached.accessToken(ada, java.util.UUID.randomUUID())))
                .as("issued after the account was enabled again").isPresent();
    }

    @Test
    void tamperedExpiredForeignAndGarbageTokensAreRejected() {
        String token = tokens.accessToken(ada, SIGN_IN);
        String[] parts = token.split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"sub\":\"" + java.util.UUID.randomUUID() + "\",\"iss\":\"parley\",\"exp\":9999999999}").getBytes());
        assertThat(tokens.verify(parts[0] + "." + otherPayload + "." + parts[2])).isEmpty();
        assertThat(tokens.verify(tokenService(dir, "parley", -60).accessToken(ada, SIGN_IN))).as("expired").isEmpty();
        assertThat(tokens.verify(tokenService(dir, "someone-else", 900).accessToken(ada, SIGN_IN))).as("other issuer").isEmpty();
        assertThat(tokens.verify(tokenService(dir.resolve("other"), "parley", 900).accessToken(ada, SIGN_IN))).as("other key").isEmpty();
        assertThat(tokens.verify("garbage")).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify(parts[0] + "." + parts[1] + ".")).as("unsigned").isEmpty();
    }

    @Test
    void aTokenVerifiedBeforeIsKnownUntilItExpiresAndNothingElseRidesOnIt() {
        MovableClock clock = new MovableClock();
        TokenService cached = tokenService(dir, "parley", 900, clock, 100);
        String token = cached.accessToken(ada, SIGN_IN);
        assertThat(cached.bearer(token)).map(TokenService.Bearer::userId).contains(ada.getId());
        assertThat(cached.verified.size()).isEqualTo(1);
        assertThat(cached.bearer(token)).as("the second use, from the cache").map(TokenService.Bearer::userId)
                .contains(ada.getId());
        // a token that differs in one signature character is not the cached one
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(0);
        String forged = parts[0] + "." + parts[1] + "." + (last == 'A' ? 'B' : 'A') + parts[2].substring(1);
        assertThat(cached.bearer(forged)).isEmpty();
        assertThat(cached.verified.size()).as("refused tokens are not kept").isEqualTo(1);
        clock.advance(java.time.Duration.ofSeconds(900));
        assertThat(cached.bearer(token)).as("expired, though cached").isEmpty();
        assertThat(cached.verified.size()).isZero();
    }

    @Test
    void theCacheIsBoundedAndDropsExpiredTokensFirst() {
        MovableClock clock = new MovableClock();
        VerifiedTokens cache = new VerifiedTokens(3);
        java.time.Instant now = clock.now();
        cache.put("a", new TokenService.Bearer(ada.getId(), now.plusSeconds(60), SIGN_IN, now), now);
        cache.put("b", new TokenService.Bearer(ada.getId(), now.plusSeconds(900), SIGN_IN, now), now);
        cache.put("c", new TokenService.Bearer(ada.getId(), now.plusSeconds(900), SIGN_IN, now), now);
        java.time.Instant later = now.plusSeconds(61);
        cache.put("d", new TokenService.Bearer(ada.getId(), later.plusSeconds(900), SIGN_IN, now), later);
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.get("a", later)).isEmpty();
        assertThat(cache.get("b", later)).isPresent();
        assertThat(cache.get("d", later)).isPresent();
        cache.put("e", new TokenService.Bearer(ada.getId(), later.plusSeconds(900), SIGN_IN, now), later);
        assertThat(cache.size()).as("full of live tokens: dropped, then the new one kept").isEqualTo(1);
        assertThat(cache.get("e", later)).isPresent();
        assertThat(new VerifiedTokens(0).get("e", later)).as("capacity 0 keeps nothing").isEmpty();
    }

    private static final class MovableClock extends dev.parley.platform.control.Clock {
        private java.time.Instant now = java.time.Instant.parse("2026-12-02T10:00:00Z");

        @Override
        public java.time.Instant now() {
            return now;
        }

        @Override
        public long millis() {
            return now.toEpochMilli();
        }

        void advance(java.time.Duration d) {
            now = now.plus(d);
        }
    }

    @Test
    void refreshTokensAreRandomAndOnlyTheirHashIsKept() {
        String a = tokens.newRefreshToken();
        String b = tokens.newRefreshToken();
        assertThat(a).isNotEqualTo(b).hasSizeGreaterThanOrEqualTo(43);
        assertThat(TokenService.hash(a)).hasSize(64).isEqualTo(TokenService.hash(a)).doesNotContain(a);
    }
}
