package dev.parley.permission.entity;

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

/** A role of a server; {@code permissions} is a 64-bit set (see Permission in the EJB module). */
@Entity
@Table(name = "roles")
@NamedQuery(name = Role.DEFAULT_OF_SERVER,
        query = "select r from Role r where r.serverId = :serverId and r.defaultRole = true")
@NamedQuery(name = Role.OF_MEMBER,
        query = "select r from Role r, RoleAssignment a where a.roleId = r.id and a.serverId = :serverId and a.userId = :userId")
public class Role {

    public static final String DEFAULT_OF_SERVER = "Role.defaultOfServer";
    public static final String OF_MEMBER = "Role.ofMember";
    public static final String EVERYONE = "@everyone";

    @Id
    private UUID id;
    @Column(name = "server_id", nullable = false)
    private UUID serverId;
    @Column(nullable = false)
    private String name;
    private String color;
    @Column(nullable = false)
    private long permissions;
    @Column(nullable = false)
    private int position;
    @Column(name = "is_default", nullable = false)
    private boolean defaultRole;
    /** shown apart from the other members in the member list (Discord's "display separately") */
    @Column(nullable = false)
    private boolean hoist;
    /** anyone may @mention it; otherwise only those holding MENTION_EVERYONE */
    @Column(nullable = false)
    private boolean mentionable;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Role() {
    }

    private Role(UUID serverId, String name, long permissions, int position, boolean defaultRole) {
        this.id = Ids.next();
        this.serverId = Objects.requireNonNull(serverId);
        this.name = Objects.requireNonNull(name);
        this.permissions = permissions;
        this.position = position;
        this.defaultRole = defaultRole;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The {@code @everyone} role every server has, at position 0. */
    public static Role everyone(UUID serverId, long permissions) {
        return new Role(serverId, EVERYONE, permissions, 0, true);
    }

    public static Role named(UUID serverId, String name, long permissions, int position) {
        return new Role(serverId, name, permissions, position, false);
    }

    public UUID getId() {
        return id;
    }

    public UUID getServerId() {
        return serverId;
    }

    public String getName() {
        return name;
    }

    public String getColor() {
        return color;
    }

    public long getPermissions() {
        return permissions;
    }

    public int getPosition() {
        return position;
    }

    public boolean isDefaultRole() {
        return defaultRole;
    }

    public boolean isHoist() {
        return hoist;
    }

    public boolean isMentionable() {
        return mentionable;
    }

    public void setName(String name) {
        if (defaultRole) {
            throw new IllegalStateException("the @everyone role keeps its name");
        }
        this.name = Objects.requireNonNull(name);
    }

    /** {@code #rrggbb}, or null for none. */
    public void setColor(String color) {
        this.color = color;
    }

    public void setPermissions(long permissions) {
        this.permissions = permissions;
    }

    public void setPosition(int position) {
        if (defaultRole && position != 0) {
            throw new IllegalStateException("the @everyone role stays at position 0");
        }
        this.position = position;
    }

    public void setHoist(boolean hoist) {
        this.hoist = hoist;
    }

    public void setMentionable(boolean mentionable) {
        this.mentionable = mentionable;
    }
}
