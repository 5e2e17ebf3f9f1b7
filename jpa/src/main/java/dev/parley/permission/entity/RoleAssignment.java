package dev.parley.permission.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A role given to a member of a server ({@code user_roles}). */
@Entity
@Table(name = "user_roles")
@IdClass(RoleAssignment.Key.class)
public class RoleAssignment {

    @Id
    @Column(name = "user_id")
    private UUID userId;
    @Id
    @Column(name = "role_id")
    private UUID roleId;
    @Id
    @Column(name = "server_id")
    private UUID serverId;

    protected RoleAssignment() {
    }

    public RoleAssignment(UUID userId, UUID roleId, UUID serverId) {
        this.userId = Objects.requireNonNull(userId);
        this.roleId = Objects.requireNonNull(roleId);
        this.serverId = Objects.requireNonNull(serverId);
    }

    public UUID getUserId() {
        return userId;
    }

    public UUID getRoleId() {
        return roleId;
    }

    public UUID getServerId() {
        return serverId;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID userId;
        private UUID roleId;
        private UUID serverId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(userId, k.userId) && Objects.equals(roleId, k.roleId)
                    && Objects.equals(serverId, k.serverId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, roleId, serverId);
        }
    }
}
