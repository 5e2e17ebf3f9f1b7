package dev.parley.identity.control;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** bcrypt, at a configurable cost. */
@ApplicationScoped
public class PasswordHasher {

    /** Compared against when the account does not exist, so both paths take as long. */
    private static final String DUMMY = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3DuIoX.PSsgNH.Q9q8Th6nC";

    @Inject
    @ConfigProperty(name = "parley.password.bcrypt-cost")
    int cost;

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        String against = hash == null ? DUMMY : hash;
        boolean ok = BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                against.getBytes(StandardCharsets.UTF_8)).verified;
        return ok && hash != null;
    }
}
