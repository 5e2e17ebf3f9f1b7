package dev.parley.sso.control;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID Connect provider's discovery document ({@code <issuer>/.well-known/openid-configuration}) and
 * its signing keys, fetched the first time they are needed and then kept: Parley starts and serves while
 * the provider is down, and a sign-in tried then says the provider is unavailable. The document is read
 * again after a day; the keys are cached and fetched again when a token names a key not seen yet (a key
 * rotation at the provider).
 */
@ApplicationScoped
public class OidcDiscovery {

    static final Duration REFRESH = Duration.ofHours(24);

    @Inject
    ProviderHttp http;

    private record Known(OidcMetadata metadata, JWKSource<SecurityContext> keys, Instant fetchedAt) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    public OidcMetadata metadata(SsoProvider provider) {
        return known(provider).metadata();
    }

    public JWKSource<SecurityContext> keys(SsoProvider provider) {
        return known(provider).keys();
    }

    private Known known(SsoProvider provider) {
        Known k = known.get(provider.id());
        if (k == null || k.fetchedAt().plus(REFRESH).isBefore(Instant.now())) {
            k = fetch(provider);
            known.put(provider.id(), k);
        }
        return k;
    }

    private Known fetch(SsoProvider provider) {
        String issuer = provider.issuer();
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        Map<String, Object> doc = http.getObject(base + "/.well-known/openid-configuration");
        OidcMetadata metadata = new OidcMetadata(string(doc, "issuer"), string(doc, "authorization_endpoint"),
                string(doc, "token_endpoint"), string(doc, "jwks_uri"));
        // OpenID Connect Discovery 4.3: the document's issuer is the one configured, or it is not this provider's
        if (!issuer.equals(metadata.issuer())) {
            throw new SsoRefusal(SsoRefusal.UNAVAILABLE, "The discovery document names the issuer " + metadata.issuer()
                    + ", not the configured " + issuer + ".");
        }
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(URI.create(metadata.jwksUri()).toURL(),
                    new DefaultResourceRetriever(10_000, 10_000, 512 * 1024)).retrying(true).build();
            return new Known(metadata, keys, Instant.now());
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new SsoRefusal(SsoRefusal.UNAVAILABLE, "The discovery document's jwks_uri is not a URL.", e);
        }
    }

    private static String string(Map<String, Object> doc, String key) {
        if (doc.get(key) instanceof String s && !s.isBlank()) {
            return s;
        }
        throw new SsoRefusal(SsoRefusal.UNAVAILABLE, "The discovery document has no " + key + ".");
    }
}
