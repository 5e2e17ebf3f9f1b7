package dev.parley.channel.control;

import dev.parley.platform.control.LiveHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Tells those who may see a thread's parent channel that the thread was started or changed. */
@ApplicationScoped
public class ThreadFanout {

    @Inject
    LiveHub hub;

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ThreadChanged event) {
        hub.publish(event.name(), event.thread().serverId(), event.thread().parentId(), event.thread());
    }
}
