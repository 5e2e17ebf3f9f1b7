package dev.parley.guild.entity;

import dev.parley.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/** A server (guild): a community with channels, roles and members, owned by one user. */
@Entity
@Table(name = "servers")
public class Guild {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    private String description;
    @Column(name = "icon_url")
    private String iconUrl;
    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Guild() {
    }

    public Guild(String name, UUID ownerId) {
        this.id = Ids.next();
        this.name = Objects.requireNonNull(name);
        this.ownerId = Objects.requireNonNull(ownerId);
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getIconUrl() {
        return iconUrl;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public boolean isOwnedBy(UUID userId) {
        return ownerId.equals(userId);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
        touch();
    }

    /** The server's description; null for none. */
    public void describe(String newDescription) {
        this.description = newDescription;
        touch();
    }

    /** The server's icon, an http(s) URL; null for none. */
    public void showIcon(String url) {
        this.iconUrl = url;
        touch();
    }

    /** Hands the server to another member; the rule that they must be one is the service's. */
    public void transferTo(UUID newOwner) {
        this.ownerId = Objects.requireNonNull(newOwner);
        touch();
    }

    private void touch() {
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
