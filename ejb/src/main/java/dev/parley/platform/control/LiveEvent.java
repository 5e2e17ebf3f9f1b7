package dev.parley.platform.control;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * An event for connected clients, after the transaction that caused it committed. Its data is
 * rendered to JSON once, where it is published, and the same text goes to every recipient on
 * every instance. It names no recipients: each instance asks {@link LiveAudience} which of the
 * connections it holds may see it, so the event costs nothing per offline member and stays small
 * in the grid.
 *
 * @param name the gateway event name, e.g. {@code message:new}
 * @param serverId the scope it belongs to: a server, or a direct-message conversation (whose
 *     participants are its members)
 * @param channelId the channel it belongs to (then only those who may view the channel receive
 *     it), or null (every member of the server receives it)
 * @param joiners users who became members of the scope with this event (member:join, a new direct
 *     conversation), whose connections join its audience before it is delivered; usually none
 * @param dataJson the event's {@code data} object as JSON
 * @param ephemeral true for a passing state (someone is typing, someone's presence) rather than
 *     a change of record: a sink may drop it for a connection that is behind, it carries no
 *     gateway {@code seq} and it is never kept for a resume; a client that missed one loses
 *     nothing it could not read again (docs/gateway.md)
 */
public record LiveEvent(String name, UUID serverId, UUID channelId, Set<UUID> joiners, String dataJson,
        boolean ephemeral) implements Serializable {

    public LiveEvent {
        joiners = joiners == null ? Set.of() : Set.copyOf(joiners);
    }

    /** With at most one joiner (null for none). */
    public LiveEvent(String name, UUID serverId, UUID channelId, UUID joiner, String dataJson, boolean ephemeral) {
        this(name, serverId, channelId, joiner == null ? Set.of() : Set.of(joiner), dataJson, ephemeral);
    }

    /** An event of record: numbered, kept for a resume, never dropped. */
    public LiveEvent(String name, UUID serverId, UUID channelId, UUID joiner, String dataJson) {
        this(name, serverId, channelId, joiner, dataJson, false);
    }
}
