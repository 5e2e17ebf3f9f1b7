package dev.parley.platform.control;

import java.io.Serializable;
import java.util.UUID;

/**
 * An event for connected clients, after the transaction that caused it committed. Its data is
 * rendered to JSON once, where it is published, and the same text goes to every recipient on
 * every instance. It names no recipients: each instance asks {@link LiveAudience} which of the
 * connections it holds may see it, so the event costs nothing per offline member and stays small
 * in the grid.
 *
 * @param name the gateway event name, e.g. {@code message:new}
 * @param serverId the server it belongs to
 * @param channelId the channel it belongs to (then only those who may view the channel receive
 *     it), or null (every member of the server receives it)
 * @param joiner a user who became a member of the server with this event (member:join), whose
 *     connections join the server's audience before it is delivered; or null
 * @param dataJson the event's {@code data} object as JSON
 * @param ephemeral true for a passing state (someone is typing, someone's presence) rather than
 *     a change of record: a sink may drop it for a connection that is behind, it carries no
 *     gateway {@code seq} and it is never kept for a resume; a client that missed one loses
 *     nothing it could not read again (docs/gateway.md)
 */
public record LiveEvent(String name, UUID serverId, UUID channelId, UUID joiner, String dataJson, boolean ephemeral)
        implements Serializable {

    /** An event of record: numbered, kept for a resume, never dropped. */
    public LiveEvent(String name, UUID serverId, UUID channelId, UUID joiner, String dataJson) {
        this(name, serverId, channelId, joiner, dataJson, false);
    }
}
