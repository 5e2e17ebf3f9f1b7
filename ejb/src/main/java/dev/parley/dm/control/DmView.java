package dev.parley.dm.control;

import dev.parley.identity.control.UserView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A direct-message conversation as a participant sees it: who is in it and the channel its messages are in. */
@Schema(name = "DmView", description = "A direct-message conversation.")
public record DmView(UUID id, UUID channelId, boolean group, UUID ownerId, List<UserView> participants,
        UUID lastMessageId, Instant createdAt) {
}
