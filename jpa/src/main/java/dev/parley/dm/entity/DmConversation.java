package dev.parley.dm.entity;

import dev.parley.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A direct-message conversation: one-to-one (with a {@code pairKey}, so there is one per pair) or
 * a group of up to ten started by its owner. Its messages live in a channel of type dm.
 */
@Entity
@Table(name = "dm_conversations")
public class DmConversation {

    @Id
    private UUID id;
    @Column(name = "owner_id")
    private UUID ownerId;
    @Column(name = "pair_key", updatable = false)
    private String pairKey;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected DmConversation() {
    }

    public DmConversation(UUID ownerId, String pairKey) {
        this.id = Ids.next();
        this.ownerId = ownerId;
        this.pairKey = pairKey;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The key of the one-to-one conversation between two users, whichever of them asks. */
    public static String pairKey(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + ":" + b : b + ":" + a;
    }

    public UUID getId() {
        return id;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public boolean isGroup() {
        return pairKey == null;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
