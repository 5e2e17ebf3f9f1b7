package dev.parley.channel.control;

import dev.parley.platform.control.LiveHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Publishes channel changes after the commit (and after the permission cache dropped the server's
 * facts, so the audience is decided over the new ones). {@code channel:create} and
 * {@code channel:update} carry the channel and go to those who may view it now. {@code channel:delete}
 * goes to every member of the server with only {@code {id, serverId}}: once the channel is gone nobody
 * holds VIEW_CHANNEL in it, and the facts of before the change cannot be relied on at delivery (they
 * may be reloaded, on another instance too); so a member who could not see the channel learns that
 * an id they never saw was deleted, and nothing else of it.
 */
@ApplicationScoped
public class ChannelFanout {

    @Inject
    LiveHub hub;

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChannelChanged event) {
        ChannelView channel = event.channel();
        if (ChannelChanged.DELETE.equals(event.name())) {
            hub.publish(event.name(), channel.serverId(), null, new ChannelDeleteData(channel.id(), channel.serverId()));
        } else {
            hub.publish(event.name(), channel.serverId(), channel.id(), channel);
        }
    }

    /** The {@code data} of {@code channel:delete}. */
    public record ChannelDeleteData(UUID id, UUID serverId) {
    }
}
