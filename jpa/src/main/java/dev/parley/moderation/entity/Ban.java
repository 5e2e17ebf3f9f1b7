package dev.parley.moderation.entity;

import dev.parley.guild.entity.Member;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A user banned from a server: they are no member and cannot join again until unbanned. Who
 * banned them and why are kept for the server's ban list.
 */
@Entity
@Table(name = "bans")
@IdClass(Member.Key.class) // (server, user), as a membership's
public class Ban {

    @Id
    @Column(name = "server_id")
    private UUID serverId;
    @Id
    @Column(name = "user_id")
    private UUID userId;
    private String reason;
    @Column(name = "banned_by")
    private UUID bannedBy;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Ban() {
    }

    public Ban(UUID serverId, UUID userId, UUID bannedBy, String reason, OffsetDateTime createdAt) {
        this.serverId = Objects.requireNonNull(serverId);
        this.userId = Objects.requireNonNull(userId);
        this.bannedBy = bannedBy;
        this.reason = reason;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public UUID getServerId() {
        return serverId;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getReason() {
        return reason;
    }

    public UUID getBannedBy() {
        return bannedBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
