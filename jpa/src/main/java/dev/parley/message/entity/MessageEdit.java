package dev.parley.message.entity;

import dev.parley.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A version of a message that an edit replaced: kept, so that anyone who may read the channel can see what changed. */
@Entity
@Table(name = "message_edits")
public class MessageEdit {

    @Id
    private UUID id;
    @Column(name = "message_id", nullable = false, updatable = false)
    private UUID messageId;
    @Column(nullable = false, updatable = false)
    private String content;
    @Column(name = "written_at", nullable = false, updatable = false)
    private OffsetDateTime writtenAt;
    @Column(name = "replaced_at", nullable = false, updatable = false)
    private OffsetDateTime replacedAt;

    protected MessageEdit() {
    }

    /** The version {@code content}, written at {@code writtenAt}, replaced at {@code replacedAt}. */
    public MessageEdit(UUID messageId, String content, OffsetDateTime writtenAt, OffsetDateTime replacedAt) {
        this.id = Ids.next();
        this.messageId = Objects.requireNonNull(messageId);
        this.content = Objects.requireNonNull(content);
        this.writtenAt = Objects.requireNonNull(writtenAt);
        this.replacedAt = Objects.requireNonNull(replacedAt);
    }

    public UUID getId() {
        return id;
    }

    public UUID getMessageId() {
        return messageId;
    }

    public String getContent() {
        return content;
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }

    public OffsetDateTime getReplacedAt() {
        return replacedAt;
    }
}
