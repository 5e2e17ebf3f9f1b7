package dev.parley.guild.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/** An invitation code to a server; it may expire and may be limited to a number of uses. */
@Entity
@Table(name = "invites")
public class Invite {

    @Id
    private String code;
    @Column(name = "server_id", nullable = false)
    private UUID serverId;
    @Column(name = "channel_id")
    private UUID channelId;
    @Column(name = "inviter_id", nullable = false)
    private UUID inviterId;
    @Column(name = "max_uses")
    private Integer maxUses;
    @Column(nullable = false)
    private int uses;
    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    /** whoever joins through it is a temporary member (removed when their last connection closes, unless given a role) */
    @Column(nullable = false)
    private boolean temporary;

    protected Invite() {
    }

    public Invite(String code, UUID serverId, UUID channelId, UUID inviterId, Integer maxUses,
            OffsetDateTime expiresAt) {
        this.code = Objects.requireNonNull(code);
        this.serverId = Objects.requireNonNull(serverId);
        this.channelId = channelId;
        this.inviterId = Objects.requireNonNull(inviterId);
        this.maxUses = maxUses;
        this.expiresAt = expiresAt;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** An invite that grants temporary membership when {@code temporary}. */
    public Invite(String code, UUID serverId, UUID channelId, UUID inviterId, Integer maxUses,
            OffsetDateTime expiresAt, boolean temporary) {
        this(code, serverId, channelId, inviterId, maxUses, expiresAt);
        this.temporary = temporary;
    }

    public boolean isTemporary() {
        return temporary;
    }

    /** Whether the invite still admits someone at {@code now}. */
    public boolean isUsable(OffsetDateTime now) {
        return (expiresAt == null || now.isBefore(expiresAt)) && (maxUses == null || uses < maxUses);
    }

    public void recordUse() {
        uses++;
    }

    public String getCode() {
        return code;
    }

    public UUID getServerId() {
        return serverId;
    }

    public UUID getChannelId() {
        return channelId;
    }

    public UUID getInviterId() {
        return inviterId;
    }

    public Integer getMaxUses() {
        return maxUses;
    }

    public int getUses() {
        return uses;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
