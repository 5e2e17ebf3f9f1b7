package dev.parley.dm.control;

import dev.parley.platform.control.JsonMapping;
import dev.parley.platform.control.LiveEvent;
import dev.parley.platform.control.LiveHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Tells a conversation's participants that it was created or changed, once that committed. */
@ApplicationScoped
public class DmFanout {

    @Inject
    LiveHub hub;

    @Inject
    JsonMapping json;

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) DmChanged event) {
        DmView data = event.conversation();
        hub.publish(new LiveEvent(event.name(), data.id(), null, event.joiners(), json.toJson(data), false), data);
    }
}
