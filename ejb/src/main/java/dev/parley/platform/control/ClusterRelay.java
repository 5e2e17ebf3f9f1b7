package dev.parley.platform.control;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries live events to the other instances through Payara's Hazelcast grid. An
 * {@code @Outbound} event does not come back to the instance that sent it, which is why
 * {@link LiveHub} delivers locally itself. Today every event goes to every instance; routing by
 * interest (only instances with members of that server online) belongs here when it is needed.
 */
@ApplicationScoped
public class ClusterRelay {

    private static final Logger LOG = Logger.getLogger(ClusterRelay.class.getName());
    static final String EVENT_NAME = "parley.live";

    @Inject
    @Outbound(eventName = EVENT_NAME, loopBack = false)
    Event<LiveEvent> outbound;

    @Inject
    LiveHub hub;

    void send(LiveEvent event) {
        try {
            outbound.fire(event);
        } catch (RuntimeException e) {
            // a single instance without a grid still delivers locally
            LOG.log(Level.FINE, "cluster relay unavailable", e);
        }
    }

    void receive(@Observes @Inbound(eventName = EVENT_NAME) LiveEvent event) {
        hub.deliverLocally(event, null);
    }
}
