package dev.parley.message.control;

import dev.parley.platform.control.LiveHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Publishes a committed change of a message to everyone who may view its channel; a rolled-back one is never seen. */
@ApplicationScoped
public class MessageChangeFanout {

    @Inject
    LiveHub hub;

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageChanged event) {
        hub.publish(event.name(), event.serverId(), event.channelId(), event.data());
    }
}
