package dev.parley.admin.control;

import dev.parley.identity.entity.UserAccount;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as the installation's administrators see it: with its email and whether (since when) it is disabled. */
@Schema(name = "AdminUserView", description = "An account as the installation's administrators see it.")
public record AdminUserView(UUID id, String username, String email, boolean disabled, Instant disabledAt) {

    static AdminUserView of(UserAccount u) {
        return new AdminUserView(u.getId(), u.getUsername(), u.getEmail(), u.isDisabled(),
                u.getDisabledAt() == null ? null : u.getDisabledAt().toInstant());
    }
}
