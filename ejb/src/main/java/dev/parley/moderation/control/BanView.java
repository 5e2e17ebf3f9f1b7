package dev.parley.moderation.control;

import dev.parley.identity.control.UserView;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of a server's ban list: who is banned, why, by whom (null once that account is gone) and since when. */
@Schema(name = "BanView", description = "A ban of a server.")
public record BanView(UserView user, String reason, UserView bannedBy, OffsetDateTime createdAt) {
}
