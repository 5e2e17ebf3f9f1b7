package dev.parley.notify.control;

import dev.parley.platform.control.LiveEvent;
import dev.parley.platform.control.LiveHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Sends a read-state change to the user's own connections. Its scope is the user's personal one
 * (their id): no server or conversation has that id, so the audience is the joiners alone — the
 * user, whose connections join it with the event.
 */
@ApplicationScoped
public class ReadStateFanout {

    @Inject
    LiveHub hub;

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadStateChanged change) {
        hub.publish(new LiveEvent(ReadStateChanged.READ_STATE_UPDATE, change.userId(), null, Set.of(change.userId()),
                change.toJson(), false), change);
    }
}
