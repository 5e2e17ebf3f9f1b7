package dev.parley.identity.control;

import dev.parley.identity.entity.UserAccount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.UUID;

/** A user as others see them: what a message shows of its author. */
@Schema(name = "UserView", description = "A user as others see them.")
public record UserView(UUID id, String username, String displayName, String avatarUrl) {

    public static UserView of(UserAccount u) {
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getAvatarUrl());
    }
}
