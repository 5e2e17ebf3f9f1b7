package dev.parley.identity.control;

import dev.parley.identity.entity.UserAccount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * A user as they see themselves: with their email and their profile ({@code displayName} is the name
 * shown, their username when they chose none; {@code bio}, {@code statusText}, {@code locale} en|ru or
 * null for the browser's language).
 */
@Schema(name = "AccountView", description = "A user as they see themselves.")
public record AccountView(UUID id, String email, String username, String displayName, String avatarUrl,
        String status, boolean emailVerified, Instant createdAt, String bio, String statusText, String locale) {

    public static AccountView of(UserAccount u) {
        return new AccountView(u.getId(), u.getEmail(), u.getUsername(), u.getDisplayName(), u.getAvatarUrl(),
                u.getStatus(), u.isEmailVerified(), u.getCreatedAt().toInstant(), u.getBio(), u.getStatusText(),
                u.getLocale());
    }
}
