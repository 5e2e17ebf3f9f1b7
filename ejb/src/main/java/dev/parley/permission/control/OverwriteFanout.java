package dev.parley.permission.control;

import dev.parley.platform.control.JsonMapping;
import dev.parley.platform.control.LiveEvent;
import dev.parley.platform.control.LiveHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Tells every member of the server, after the commit, that a channel's overwrites changed
 * ({@code channel:permissions}): a member who just lost (or gained) the right to see the channel
 * cannot be told by an event of the channel itself, which reaches only those who may see it now. It
 * names only the server and the channel; clients load their channel list again.
 */
@ApplicationScoped
public class OverwriteFanout {

    public static final String CHANNEL_PERMISSIONS = "channel:permissions";

    @Inject
    LiveHub hub;

    @Inject
    JsonMapping json;

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OverwriteChanged event) {
        hub.publish(new LiveEvent(CHANNEL_PERMISSIONS, event.serverId(), null, null, json.toJson(event)), event);
    }
}
