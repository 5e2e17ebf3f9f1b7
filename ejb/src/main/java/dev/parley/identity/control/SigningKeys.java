package dev.parley.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The RSA key that signs access tokens. It is read from {@code <parley.data.dir>/keys}, or made
 * there on the first start and kept; it is never in the repository. The public half is written
 * beside it, for anything else that verifies Parley's tokens. Instances of a
 * cluster share the folder, or an operator copies the two files to each.
 */
@Singleton
@Startup
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    static final String PRIVATE_FILE = "jwt-private.pem";
    static final String PUBLIC_FILE = "jwt-public.pem";

    @Inject
    @ConfigProperty(name = "parley.data.dir")
    String dataDir;

    private RSAPrivateKey privateKey;
    private RSAPublicKey publicKey;
    private String keyId;

    @PostConstruct
    void load() {
        Path dir = Path.of(dataDir, "keys");
        try {
            KeyPair pair = loadOrCreate(dir);
            privateKey = (RSAPrivateKey) pair.getPrivate();
            publicKey = (RSAPublicKey) pair.getPublic();
            keyId = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded())).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the token signing key in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the token signing key in " + dir + " is not usable", e);
        }
    }

    static KeyPair loadOrCreate(Path dir) throws IOException, GeneralSecurityException {
        Path privatePath = dir.resolve(PRIVATE_FILE);
        Path publicPath = dir.resolve(PUBLIC_FILE);
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        if (Files.exists(privatePath) && Files.exists(publicPath)) {
            var priv = rsa.generatePrivate(new PKCS8EncodedKeySpec(pemBody(Files.readString(privatePath))));
            var pub = rsa.generatePublic(new X509EncodedKeySpec(pemBody(Files.readString(publicPath))));
            return new KeyPair(pub, priv);
        }
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        writeAtomically(privatePath, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
        writeAtomically(publicPath, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
        LOG.info(() -> "created a new token signing key in " + dir);
        return pair;
    }

    private static void writeAtomically(Path target, String content, boolean secret) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            if (secret) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (UnsupportedOperationException notPosix) {
            // on a file system without POSIX permissions the folder's own protection applies
        }
        Files.writeString(tmp, content, StandardCharsets.US_ASCII);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] pemBody(String pem) {
        String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    public RSAPrivateKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId;
    }
}
