package dev.parley.gateway;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every {@link GatewayHandler} of the application, by event name, found through CDI at start-up. */
@ApplicationScoped
public class GatewayHandlers {

    /** Events the transport answers itself; no feature may take them. */
    static final Set<String> CORE = Set.of(GatewayProtocol.AUTHENTICATE, GatewayProtocol.RESUME,
            GatewayProtocol.HEARTBEAT);

    @Inject
    @Any
    Instance<GatewayHandler> found;

    private Map<String, GatewayHandler> byEvent = Map.of();

    @PostConstruct
    void index() {
        byEvent = index(found);
    }

    static Map<String, GatewayHandler> index(Iterable<GatewayHandler> handlers) {
        Map<String, GatewayHandler> map = new HashMap<>();
        for (GatewayHandler h : handlers) {
            if (CORE.contains(h.event())) {
                throw new IllegalStateException("gateway event " + h.event() + " belongs to the transport");
            }
            GatewayHandler other = map.putIfAbsent(h.event(), h);
            if (other != null) {
                throw new IllegalStateException("two handlers for gateway event " + h.event() + ": "
                        + other.getClass().getName() + " and " + h.getClass().getName());
            }
        }
        return Map.copyOf(map);
    }

    Optional<GatewayHandler> forEvent(String event) {
        return Optional.ofNullable(byEvent.get(event));
    }
}
