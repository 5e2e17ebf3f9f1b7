package dev.parley.scim.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bearer token the identity provider's SCIM client sends ({@code parley.scim.token}, from
 * {@code PARLEY_SCIM_TOKEN}). Unset, SCIM is off (its paths answer 404). Only the token's SHA-256 is
 * kept in memory, and a presented token is compared by its SHA-256 in constant time, so neither its
 * length nor its first wrong character shows in how long the answer takes. A token shorter than
 * {@value #MIN_LENGTH} characters is refused at start (SCIM stays off and the log says why): the
 * provider holds it for years, and it may disable every account.
 */
@ApplicationScoped
public class ScimToken {

    static final int MIN_LENGTH = 32;
    private static final Logger LOG = Logger.getLogger(ScimToken.class.getName());

    @Inject
    @ConfigProperty(name = "parley.scim.token")
    Optional<String> configured;

    private byte[] expected;

    public ScimToken() {
    }

    /** For unit tests. */
    public ScimToken(String configured) {
        this.configured = Optional.ofNullable(configured);
        init();
    }

    @PostConstruct
    void init() {
        String token = configured.map(String::strip).orElse("");
        if (token.isEmpty()) {
            expected = null;
        } else if (token.length() < MIN_LENGTH) {
            expected = null;
            LOG.warning("SCIM provisioning is off: PARLEY_SCIM_TOKEN has fewer than " + MIN_LENGTH
                    + " characters (make one with: openssl rand -hex 32)");
        } else {
            expected = sha256(token);
        }
    }

    /** Whether SCIM provisioning is switched on. */
    public boolean enabled() {
        return expected != null;
    }

    /** Whether this is the configured token (false when SCIM is off or nothing was presented). */
    public boolean matches(String presented) {
        if (expected == null || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expected, sha256(presented));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
