package dev.parley.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The RSA key that signs access tokens, the same on every instance of a cluster. By default it is
 * kept in the database (table {@code signing_keys}): the first instance to start makes it (or takes
 * over the key an earlier version kept in {@code <parley.data.dir>/keys}, so tokens already issued
 * stay valid), and every other instance reads the same one. An operator who manages keys
 * sets {@code parley.jwt.key-dir} instead: a folder with {@code jwt-private.pem} and
 * {@code jwt-public.pem} (PKCS#8 and X.509 PEM), made there if missing. Never in the repository.
 */
@Singleton
@Startup
@DependsOn("Database") // the schema first
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    static final String PRIVATE_FILE = "jwt-private.pem";
    static final String PUBLIC_FILE = "jwt-public.pem";

    static final String DATABASE_KEY = "default";

    @Inject
    @ConfigProperty(name = "parley.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "parley.jwt.key-dir")
    Optional<String> keyDir;

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    private RSAPrivateKey privateKey;
    private RSAPublicKey publicKey;
    private String keyId;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        Optional<Path> dir = keyDir.filter(d -> !d.isBlank()).map(Path::of);
        try {
            KeyPair pair = dir.isPresent() ? loadOrCreate(dir.get()) : fromDatabase();
            privateKey = (RSAPrivateKey) pair.getPrivate();
            publicKey = (RSAPublicKey) pair.getPublic();
            keyId = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded())).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the token signing key in " + dir.orElse(null), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the token signing key in "
                    + dir.map(Path::toString).orElse("the database") + " is not usable", e);
        }
    }

    /** The cluster's key from the database; made (or taken over from the old key folder) by the first instance. */
    private KeyPair fromDatabase() throws IOException, GeneralSecurityException {
        Optional<KeyPair> stored = stored();
        if (stored.isPresent()) {
            return stored.get();
        }
        Path legacy = Path.of(dataDir, "keys");
        KeyPair pair = Files.exists(legacy.resolve(PRIVATE_FILE)) && Files.exists(legacy.resolve(PUBLIC_FILE))
                ? loadOrCreate(legacy) : generate();
        // another instance starting at the same moment may win: everyone then reads the winner's key
        em.createNativeQuery("insert into signing_keys (id, private_pem, public_pem) values (?1, ?2, ?3)"
                        + " on conflict (id) do nothing")
                .setParameter(1, DATABASE_KEY)
                .setParameter(2, pem("PRIVATE KEY", pair.getPrivate().getEncoded()))
                .setParameter(3, pem("PUBLIC KEY", pair.getPublic().getEncoded()))
                .executeUpdate();
        LOG.info("keeps the token signing key in the database");
        return stored().orElseThrow(() -> new IllegalStateException("the signing key was not stored"));
    }

    private Optional<KeyPair> stored() throws GeneralSecurityException {
        List<?> rows = em.createNativeQuery("select private_pem, public_pem from signing_keys where id = ?1")
                .setParameter(1, DATABASE_KEY).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(pair((String) row[0], (String) row[1]));
    }

    private static KeyPair pair(String privatePem, String publicPem) throws GeneralSecurityException {
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        return new KeyPair(rsa.generatePublic(new X509EncodedKeySpec(pemBody(publicPem))),
                rsa.generatePrivate(new PKCS8EncodedKeySpec(pemBody(privatePem))));
    }

    private static KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    static KeyPair loadOrCreate(Path dir) throws IOException, GeneralSecurityException {
        Path privatePath = dir.resolve(PRIVATE_FILE);
        Path publicPath = dir.resolve(PUBLIC_FILE);
        if (Files.exists(privatePath) && Files.exists(publicPath)) {
            return pair(Files.readString(privatePath), Files.readString(publicPath));
        }
        Files.createDirectories(dir);
        KeyPair pair = generate();
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
