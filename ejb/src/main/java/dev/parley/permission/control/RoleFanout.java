package dev.parley.permission.control;

import dev.parley.platform.control.JsonMapping;
import dev.parley.platform.control.LiveEvent;
import dev.parley.platform.control.LiveHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Tells a server's connected members, after the commit, that a role was created, changed or
 * deleted; rendered once per event. The permission cache has dropped the server's facts before
 * (its observer runs first), so who receives it is decided over the new facts.
 */
@ApplicationScoped
public class RoleFanout {

    public static final String ROLE_CREATE = "role:create";
    public static final String ROLE_UPDATE = "role:update";
    public static final String ROLE_DELETE = "role:delete";

    @Inject
    LiveHub hub;

    @Inject
    JsonMapping json;

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoleChanged event) {
        Object data = event.role() != null ? event.role() : new RoleDeleteData(event.serverId(), event.roleId());
        hub.publish(new LiveEvent(event.event(), event.serverId(), null, null, json.toJson(data)), data);
    }

    /** The {@code data} of a {@code role:delete} event. */
    public record RoleDeleteData(UUID serverId, UUID roleId) {
    }
}
