package dev.parley.platform.control;

import java.util.UUID;
import java.util.function.Predicate;

/**
 * Who may receive a live event. A sink asks once per event and then tests each user it holds a
 * connection for; the facts behind the answer come from memory, not from the database.
 */
public interface LiveAudience {

    /** A test for the users allowed to see this event, decided over the facts as they are now. */
    Predicate<UUID> of(LiveEvent event);
}
