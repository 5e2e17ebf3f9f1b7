package dev.parley.platform.control;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * An event for connected clients, after the transaction that caused it committed. The data is
 * rendered to JSON once, here, and the same text goes to every recipient on every instance.
 *
 * @param name the gateway event name, e.g. {@code message:new}
 * @param serverId the server it belongs to (lets a client or the UI filter cheaply)
 * @param channelId the channel it belongs to, or null
 * @param recipients the users allowed to see it
 * @param dataJson the event's {@code data} object as JSON
 */
public record LiveEvent(String name, UUID serverId, UUID channelId, Set<UUID> recipients, String dataJson)
        implements Serializable {

    public LiveEvent {
        recipients = Set.copyOf(recipients);
    }
}
