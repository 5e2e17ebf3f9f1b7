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

    private TokenService tokens;
    private UserAccount ada;

    @BeforeEach
    void setUp() {
        tokens = tokenService(dir, "parley", 900);
        ada = new UserAccount("ada@example.test", "ada", null, "hash");
    }

    static TokenService tokenService(Path dir, String issuer, long ttl) {
        SigningKeys keys = new SigningKeys();
        keys.dataDir = dir.toString();
        keys.load();
        TokenService t = new TokenService();
        t.keys = keys;
        t.clock = new dev.parley.platform.control.Clock();
        t.issuer = issuer;
        t.accessTtlSeconds = ttl;
        return t;
    }

    @Test
    void anAccessTokenNamesItsUserInTheMicroProfileShape() {
        String token = tokens.accessToken(ada);
        assertThat(tokens.verify(token)).contains(ada.getId());
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims).contains("\"upn\":\"ada\"", "\"groups\":[\"user\"]", "\"iss\":\"parley\"");
    }

    @Test
    void tamperedExpiredForeignAndGarbageTokensAreRejected() {
        String token = tokens.accessToken(ada);
        String[] parts = token.split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"sub\":\"" + java.util.UUID.randomUUID() + "\",\"iss\":\"parley\",\"exp\":9999999999}").getBytes());
        assertThat(tokens.verify(parts[0] + "." + otherPayload + "." + parts[2])).isEmpty();
        assertThat(tokens.verify(tokenService(dir, "parley", -60).accessToken(ada))).as("expired").isEmpty();
        assertThat(tokens.verify(tokenService(dir, "someone-else", 900).accessToken(ada))).as("other issuer").isEmpty();
        assertThat(tokens.verify(tokenService(dir.resolve("other"), "parley", 900).accessToken(ada))).as("other key").isEmpty();
        assertThat(tokens.verify("garbage")).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify(parts[0] + "." + parts[1] + ".")).as("unsigned").isEmpty();
    }

    @Test
    void refreshTokensAreRandomAndOnlyTheirHashIsKept() {
        String a = tokens.newRefreshToken();
        String b = tokens.newRefreshToken();
        assertThat(a).isNotEqualTo(b).hasSizeGreaterThanOrEqualTo(43);
        assertThat(TokenService.hash(a)).hasSize(64).isEqualTo(TokenService.hash(a)).doesNotContain(a);
    }
}
