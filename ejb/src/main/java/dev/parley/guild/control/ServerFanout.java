package dev.parley.guild.control;

import dev.parley.platform.control.JsonMapping;
import dev.parley.platform.control.LiveEvent;
import dev.parley.platform.control.LiveHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;

/** Tells a server's connected members, after the commit, that its settings changed or that it is gone. */
@ApplicationScoped
public class ServerFanout {

    public static final String SERVER_UPDATE = "server:update";
    public static final String SERVER_DELETE = "server:delete";

    @Inject
    LiveHub hub;

    @Inject
    JsonMapping json;

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ServerChanged event) {
        hub.publish(SERVER_UPDATE, event.server().id(), null, event.server());
    }

    /*
     * By the time this runs the permission cache has dropped the server (its PermissionsChanged
     * observer goes first) and a reload finds nothing: the audience of a server without facts is
     * the event's joiners, so the former members are named as such. Their connections are indexed
     * under the deleted server's id from then on, which delivers nothing more: no event of that id
     * will be published again.
     */
    void onDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ServerDeleted event) {
        ServerDeleteData data = new ServerDeleteData(event.serverId());
        hub.publish(new LiveEvent(SERVER_DELETE, event.serverId(), null, event.members(), json.toJson(data), false),
                data);
    }

    /** The {@code data} of {@code server:delete}. */
    public record ServerDeleteData(UUID serverId) {
    }
}
