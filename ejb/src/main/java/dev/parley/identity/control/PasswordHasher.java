package dev.parley.identity.control;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * bcrypt, at a configurable cost, for passwords of any length up to {@link PasswordPolicy#MAX_LENGTH}
 * characters.
 *
 * <p>bcrypt reads at most 72 bytes of its input (the library refuses more). A password of up to 72
 * UTF-8 bytes is given to bcrypt as it is, exactly as before, so every stored hash keeps working. A
 * longer one is first <em>pre-hashed</em>, deterministically: bcrypt is given the Base64 text (44
 * ASCII characters, no NUL byte) of HMAC-SHA-256 over the password's UTF-8 bytes, keyed with the fixed
 * label {@value #PRE_HASH_KEY}. So every byte of a long password counts (two passwords that share
 * their first 72 bytes do not match each other), and the same password always gives the same input. The
 * fixed key is domain separation, not a secret: a bare SHA-256 pre-hash would let an unsalted SHA-256 of
 * the password leaked elsewhere be tried against the bcrypt hash directly ("password shucking"); an
 * HMAC under Parley's own label is not such a hash. The scheme is part of the stored hashes' meaning:
 * changing it would lock out everyone whose password is longer than 72 bytes.
 */
@ApplicationScoped
public class PasswordHasher {

    /** bcrypt's limit: bytes of input it reads. */
    static final int BCRYPT_MAX_BYTES = 72;
    static final String PRE_HASH_KEY = "parley.password.pre-hash.v1";

    /** Compared against when the account does not exist, so both paths take as long. */
    private static final String DUMMY = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3DuIoX.PSsgNH.Q9q8Th6nC";

    @Inject
    @ConfigProperty(name = "parley.password.bcrypt-cost")
    int cost;

    public String hash(String password) {
        return new String(BCrypt.withDefaults().hash(cost, input(password)), StandardCharsets.UTF_8);
    }

    public boolean matches(String password, String hash) {
        String against = hash == null ? DUMMY : hash;
        boolean ok = BCrypt.verifyer().verify(input(password), against.getBytes(StandardCharsets.UTF_8)).verified;
        return ok && hash != null;
    }

    /** What bcrypt is given for this password: its UTF-8 bytes, or the pre-hash of a longer one. */
    static byte[] input(String password) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= BCRYPT_MAX_BYTES) {
            return bytes;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(PRE_HASH_KEY.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return Base64.getEncoder().encode(mac.doFinal(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
