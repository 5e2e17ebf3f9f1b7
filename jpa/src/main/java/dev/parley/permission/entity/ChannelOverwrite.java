package dev.parley.permission.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * A channel's allow and deny bits for one role or one member; they refine the server-wide
 * permissions in that channel only.
 */
@Entity
@Table(name = "channel_overwrites")
@IdClass(ChannelOverwrite.Key.class)
public class ChannelOverwrite {

    public static final String ROLE = "role";
    public static final String MEMBER = "member";

    @Id
    @Column(name = "channel_id")
    private UUID channelId;
    @Id
    @Column(name = "target_type")
    private String targetType;
    @Id
    @Column(name = "target_id")
    private UUID targetId;
    @Column(name = "allow_bits", nullable = false)
    private long allow;
    @Column(name = "deny_bits", nullable = false)
    private long deny;

    protected ChannelOverwrite() {
    }

    public ChannelOverwrite(UUID channelId, String targetType, UUID targetId, long allow, long deny) {
        if (!ROLE.equals(targetType) && !MEMBER.equals(targetType)) {
            throw new IllegalArgumentException("target type must be role or member");
        }
        this.channelId = Objects.requireNonNull(channelId);
        this.targetType = targetType;
        this.targetId = Objects.requireNonNull(targetId);
        this.allow = allow;
        this.deny = deny;
    }

    public UUID getChannelId() {
        return channelId;
    }

    public String getTargetType() {
        return targetType;
    }

    public UUID getTargetId() {
        return targetId;
    }

    public long getAllow() {
        return allow;
    }

    public long getDeny() {
        return deny;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID channelId;
        private String targetType;
        private UUID targetId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(channelId, k.channelId)
                    && Objects.equals(targetType, k.targetType) && Objects.equals(targetId, k.targetId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(channelId, targetType, targetId);
        }
    }
}
