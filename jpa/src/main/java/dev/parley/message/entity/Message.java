package dev.parley.message.entity;

import dev.parley.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "messages")
@NamedQuery(name = Message.BY_NONCE,
        query = "select m from Message m where m.channelId = :channelId and m.userId = :userId and m.nonce = :nonce")
public class Message {

    public static final String BY_NONCE = "Message.byNonce";

    @Id
    private UUID id;
    @Column(name = "channel_id", nullable = false)
    private UUID channelId;
    @Column(name = "user_id")
    private UUID userId;
    private String content;
    @Column(name = "message_type", nullable = false)
    private String messageType;
    @Column(name = "reply_to")
    private UUID replyTo;
    @Column(nullable = false)
    private boolean pinned;
    private String nonce;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Column(name = "edited_at")
    private OffsetDateTime editedAt;
    @Column(name = "pinned_at")
    private OffsetDateTime pinnedAt;
    @Column(name = "pinned_by")
    private UUID pinnedBy;

    protected Message() {
    }

    public Message(UUID channelId, UUID userId, String content, String nonce) {
        this(channelId, userId, content, nonce, null);
    }

    /** A new message; {@code replyTo} is the message it answers, or null. */
    public Message(UUID channelId, UUID userId, String content, String nonce, UUID replyTo) {
        this.replyTo = replyTo;
        this.id = Ids.next();
        this.channelId = Objects.requireNonNull(channelId);
        this.userId = Objects.requireNonNull(userId);
        this.content = Objects.requireNonNull(content);
        this.nonce = nonce;
        this.messageType = "text";
        // the same instant the id encodes, so ordering by id and by time agree
        this.createdAt = OffsetDateTime.ofInstant(java.time.Instant.ofEpochMilli(Ids.millisOf(id)), ZoneOffset.UTC);
        this.updatedAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getChannelId() {
        return channelId;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getContent() {
        return content;
    }

    public String getMessageType() {
        return messageType;
    }

    public UUID getReplyTo() {
        return replyTo;
    }

    public boolean isPinned() {
        return pinned;
    }

    public String getNonce() {
        return nonce;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getEditedAt() {
        return editedAt;
    }

    public OffsetDateTime getPinnedAt() {
        return pinnedAt;
    }

    public UUID getPinnedBy() {
        return pinnedBy;
    }

    /** Replaces the content; the caller keeps the version it replaced. */
    public void edit(String newContent, OffsetDateTime at) {
        this.content = Objects.requireNonNull(newContent);
        this.editedAt = at;
        this.updatedAt = at;
    }

    public void pin(UUID by, OffsetDateTime at) {
        this.pinned = true;
        this.pinnedBy = by;
        this.pinnedAt = at;
    }

    public void unpin() {
        this.pinned = false;
        this.pinnedBy = null;
        this.pinnedAt = null;
    }
}
