package dev.parley.guild.control;

import dev.parley.guild.entity.Guild;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "ServerView", description = "A server (guild).")
public record ServerView(UUID id, String name, String description, String iconUrl, UUID ownerId, Instant createdAt) {

    public static ServerView of(Guild g) {
        return new ServerView(g.getId(), g.getName(), g.getDescription(), g.getIconUrl(), g.getOwnerId(),
                g.getCreatedAt().toInstant());
    }
}
