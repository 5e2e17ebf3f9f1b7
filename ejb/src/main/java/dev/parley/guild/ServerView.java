package dev.parley.guild;

import java.time.Instant;
import java.util.UUID;

public record ServerView(UUID id, String name, String description, String iconUrl, UUID ownerId, Instant createdAt) {

    public static ServerView of(Guild g) {
        return new ServerView(g.getId(), g.getName(), g.getDescription(), g.getIconUrl(), g.getOwnerId(),
                g.getCreatedAt().toInstant());
    }
}
