package dev.parley.presence.control;

import dev.parley.platform.control.InvalidInputException;
import java.util.Locale;
import java.util.Map;

/** A user's presence as the API names it. {@code offline} is never chosen: it is having no connection (or being invisible). */
public enum PresenceStatus {
    ONLINE, IDLE, DND, INVISIBLE, OFFLINE;

    /** The name on the wire: {@code online}, {@code idle}, {@code dnd}, {@code invisible}, {@code offline}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A status a user may choose; anything else is invalid input naming the field {@code status}. */
    public static PresenceStatus chosen(String text) {
        if (text != null) {
            for (PresenceStatus s : values()) {
                if (s != OFFLINE && s.wire().equals(text)) {
                    return s;
                }
            }
        }
        throw new InvalidInputException("The status must be one of online, idle, dnd, invisible.",
                Map.of("status", "must be one of online, idle, dnd, invisible"));
    }

    /** A stored name, read back; unknown ones as online. */
    static PresenceStatus stored(String text) {
        for (PresenceStatus s : values()) {
            if (s.wire().equals(text)) {
                return s;
            }
        }
        return ONLINE;
    }
}
