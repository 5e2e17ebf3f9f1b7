package dev.parley.identity.control;

import dev.parley.identity.entity.UserAccount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A user as they see themselves (with their email). */
@Schema(name = "AccountView", description = "A user as they see themselves.")
public record AccountView(UUID id, String email, String username, String displayName, String avatarUrl,
        String status, boolean emailVerified, Instant createdAt) {

    public static AccountView of(UserAccount u) {
        return new AccountView(u.getId(), u.getEmail(), u.getUsername(), u.getDisplayName(), u.getAvatarUrl(),
                u.getStatus(), u.isEmailVerified(), u.getCreatedAt().toInstant());
    }
}
