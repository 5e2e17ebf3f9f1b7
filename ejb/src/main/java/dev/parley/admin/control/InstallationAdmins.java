package dev.parley.admin.control;

import dev.parley.identity.control.IdentityStore;
import dev.parley.identity.entity.UserAccount;
import dev.parley.platform.control.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The administrators of the installation (not of a server): the accounts whose username or email
 * {@code parley.admins} lists (comma-separated, any case). They change the installation's settings,
 * read its own audit log and disable accounts.
 */
@ApplicationScoped
public class InstallationAdmins {

    @Inject
    @ConfigProperty(name = "parley.admins")
    Optional<String> configured;

    @Inject
    IdentityStore store;

    private Set<String> names;

    public boolean isAdmin(UUID userId) {
        return store.user(userId).map(this::isAdmin).orElse(false);
    }

    public boolean isAdmin(UserAccount user) {
        Set<String> admins = names();
        return !user.isDisabled() && (admins.contains(user.getUsername().toLowerCase(Locale.ROOT))
                || admins.contains(user.getEmail().toLowerCase(Locale.ROOT)));
    }

    /** Refuses (403) anyone but an administrator of the installation. */
    public void require(UUID userId) {
        if (!isAdmin(userId)) {
            throw new ForbiddenException("Only the installation's administrators (PARLEY_ADMINS) may do this.");
        }
    }

    private Set<String> names() {
        if (names == null) {
            names = Arrays.stream(configured.orElse("").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }
        return names;
    }
}
