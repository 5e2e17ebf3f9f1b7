package dev.parley.guild.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/** A user's membership of a server. */
@Entity
@Table(name = "server_members")
@IdClass(Member.Key.class)
@NamedQuery(name = Member.USER_IDS_OF_SERVER,
        query = "select m.userId from Member m where m.serverId = :serverId")
public class Member {

    public static final String USER_IDS_OF_SERVER = "Member.userIdsOfServer";

    @Id
    @Column(name = "server_id")
    private UUID serverId;
    @Id
    @Column(name = "user_id")
    private UUID userId;
    private String nickname;
    @Column(name = "joined_at", nullable = false)
    private OffsetDateTime joinedAt;
    @Column(name = "timeout_until")
    private OffsetDateTime timeoutUntil;
    /** joined through a temporary invite: removed when their last connection closes, unless given a role */
    @Column(nullable = false)
    private boolean temporary;

    protected Member() {
    }

    public Member(UUID serverId, UUID userId) {
        this.serverId = Objects.requireNonNull(serverId);
        this.userId = Objects.requireNonNull(userId);
        this.joinedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A membership through an invite: temporary when the invite is. */
    public static Member through(UUID serverId, UUID userId, boolean temporary) {
        Member m = new Member(serverId, userId);
        m.temporary = temporary;
        return m;
    }

    public boolean isTemporary() {
        return temporary;
    }

    public UUID getServerId() {
        return serverId;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getNickname() {
        return nickname;
    }

    public OffsetDateTime getJoinedAt() {
        return joinedAt;
    }

    public OffsetDateTime getTimeoutUntil() {
        return timeoutUntil;
    }

    /** The member's nickname in this server; null for none. */
    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    /** Until when the member is timed out; null (or a past time) for not. */
    public void setTimeoutUntil(OffsetDateTime timeoutUntil) {
        this.timeoutUntil = timeoutUntil;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID serverId;
        private UUID userId;

        public Key() {
        }

        public Key(UUID serverId, UUID userId) {
            this.serverId = serverId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(serverId, k.serverId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(serverId, userId);
        }
    }
}
