package dev.parley.identity.control;

import dev.parley.identity.entity.UserAccount;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A user's public profile, as anyone signed in may see it (never the email): {@code status} is their
 * presence as the caller may see it (online, idle, dnd, offline), or null when the caller shares no
 * server with them.
 */
@Schema(name = "ProfileView", description = "A user's public profile (never the email).")
public record ProfileView(UUID id, String username, String displayName, String avatarUrl, String bio,
        String statusText, String status) {

    static ProfileView of(UserAccount u, String status) {
        return new ProfileView(u.getId(), u.getUsername(), u.getDisplayName(), u.getAvatarUrl(), u.getBio(),
                u.getStatusText(), status);
    }
}
