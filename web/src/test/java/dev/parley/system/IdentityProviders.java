package dev.parley.system;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.Headers;

/**
 * The identity providers of the single sign-on tests, real servers over HTTP in the test JVM, on the fixed
 * ports web/pom.xml configures Parley with:
 * <ul>
 * <li>mock-oauth2-server on 18481 with its interactive login form: the organisation's OpenID Connect
 *     provider (issuer {@code /corp}), Google (issuer {@code /google}), and GitHub's OAuth 2.0 authorize and
 *     token endpoints ({@code /github/authorize}, {@code /github/token}). It signs with a key this class
 *     holds, so a test can sign a logout token, or an ID token with any claims.</li>
 * <li>GitHub's user API ({@code /github-api/user}, {@code /github-api/user/emails}) as routes of the same
 *     server: it answers only a bearer token the mock server signed, with the user a test registered for
 *     that login.</li>
 * <li>A forwarder from 18480 (Parley's public URL) to the deployment's random port.</li>
 * </ul>
 */
final class IdentityProviders {

    static final int PORT = 18481;
    static final int PUBLIC_PORT = 18480;
    static final String PUBLIC_URL = "http://localhost:" + PUBLIC_PORT;
    static final String CORP_CLIENT = "parley-it";
    static final String GOOGLE_CLIENT = "parley-it-google";
    /** the key id of the organisation's provider's signing key, as its JWKS names it */
    static final String KEY_ID = "corp";

    private static IdentityProviders running;

    final RSAKey key;
    final MockOAuth2Server server;
    final PortForwarder forwarder;
    /** the next answer of /corp/token instead of the real one: a crafted token response */
    final AtomicReference<String> nextTokenAnswer = new AtomicReference<>();
    /** GitHub users by login: /user's id, login, name, and the primary email with whether it is verified */
    final Map<String, GithubUser> githubUsers = new ConcurrentHashMap<>();

    record GithubUser(long id, String login, String name, String email, boolean verified) {
    }

    static synchronized IdentityProviders start(URL base) throws Exception {
        if (running == null) {
            running = new IdentityProviders();
        }
        running.forwarder.to(base.getHost(), base.getPort());
        return running;
    }

    static synchronized void stop() throws IOException {
        if (running != null) {
            running.server.shutdown();
            running.forwarder.close();
            running = null;
        }
    }

    private IdentityProviders() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("it-key").keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        // one key for every issuer (each takes the next of these when first used)
        KeyProvider keys = new KeyProvider(List.of(key, key, key, key, key));
        OAuth2Config config = new OAuth2Config(true, null, null, false, new OAuth2TokenProvider(keys));
        server = new MockOAuth2Server(config, new CraftedTokenAnswer(), new GithubApi());
        server.start(InetAddress.getByName("127.0.0.1"), PORT);
        forwarder = new PortForwarder(PUBLIC_PORT);
    }

    static String issuer(String id) {
        return "http://localhost:" + PORT + "/" + id;
    }

    /**
     * Signs these claims with the organisation's provider's key (what it would send). The mock server gives each
     * issuer the next of its keys under the issuer's name as key id: {@code corp}.
     */
    String sign(JWTClaimsSet claims) {
        return sign(claims, new RSAKey.Builder(key).keyID(KEY_ID).build());
    }

    static String sign(JWTClaimsSet claims, RSAKey with) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static OAuth2HttpResponse json(int status, String body) {
        return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), status, body, null);
    }

    /** While a test has armed it, /corp/token answers with the crafted response (once). */
    private final class CraftedTokenAnswer implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return "/corp/token".equals(request.getUrl().encodedPath()) && nextTokenAnswer.get() != null;
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String answer = nextTokenAnswer.getAndSet(null);
            return json(200, answer == null ? "{\"error\":\"invalid_grant\"}" : answer);
        }
    }

    /** GitHub's REST API as far as Parley uses it. */
    private final class GithubApi implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return request.getUrl().encodedPath().startsWith("/github-api/");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String auth = request.getHeaders().get("Authorization");
            GithubUser user = null;
            try {
                SignedJWT token = SignedJWT.parse(auth.substring("Bearer ".length()));
                if (token.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(key))) {
                    user = githubUsers.get(token.getJWTClaimsSet().getSubject());
                }
            } catch (Exception e) {
                user = null;
            }
            if (user == null) {
                return json(401, "{\"message\":\"Bad credentials\"}");
            }
            return switch (request.getUrl().encodedPath()) {
                case "/github-api/user" -> json(200, "{\"id\":" + user.id() + ",\"login\":\"" + user.login()
                        + "\",\"name\":\"" + user.name() + "\",\"email\":null}");
                case "/github-api/user/emails" -> json(200, "[{\"email\":\"someone-else@example.test\",\"primary\":false,"
                        + "\"verified\":true},{\"email\":\"" + user.email() + "\",\"primary\":true,\"verified\":"
                        + user.verified() + "}]");
                default -> json(404, "{\"message\":\"Not Found\"}");
            };
        }
    }
}
