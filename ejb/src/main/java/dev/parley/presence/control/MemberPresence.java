package dev.parley.presence.control;

import dev.parley.identity.control.UserView;

/** A member in a channel's member list, with their presence as others see it. */
public record MemberPresence(UserView user, String status) {

    public boolean online() {
        return !PresenceStatus.OFFLINE.wire().equals(status);
    }

    /** The name to show: the display name, or the username without one. */
    public String name() {
        return user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
    }
}
