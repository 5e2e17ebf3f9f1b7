package dev.parley.permission.control;

import java.util.UUID;

/** A channel's permission overwrites changed; fired inside the transaction that changed them. */
public record OverwriteChanged(UUID serverId, UUID channelId) {
}
