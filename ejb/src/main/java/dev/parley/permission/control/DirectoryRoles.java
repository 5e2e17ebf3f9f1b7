package dev.parley.permission.control;

import dev.parley.guild.control.MemberUpdated;
import dev.parley.moderation.control.AuditRecord;
import dev.parley.moderation.control.AuditTrail;
import dev.parley.permission.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Roles the organisation's directory gives and takes (single sign-on's group sync): the same change as
 * {@link RoleService#assign}/{@link RoleService#unassign} — audit-logged as {@code member.role.add} or
 * {@code member.role.remove}, cached permissions dropped, {@code member:update} live — made by no member
 * (the audit entry has no actor and says why), so without a member's permission checks.
 */
@Stateless
public class DirectoryRoles {

    /** The reason the audit log gives for a change the directory made. */
    public static final String REASON = "identity provider group sync";

    @Inject
    RoleStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PermissionsChanged> permissionsChanged;

    @Inject
    Event<MemberUpdated> memberUpdated;

    /** The server's role by id, never {@code @everyone} (which every member holds). */
    public Optional<Role> assignable(UUID serverId, UUID roleId) {
        return store.role(serverId, roleId).filter(r -> !r.isDefaultRole());
    }

    /** Gives the member the role if they lack it; whether anything changed. */
    public boolean grant(UUID serverId, UUID memberId, UUID roleId) {
        Optional<Role> role = assignable(serverId, roleId);
        if (role.isEmpty() || store.holds(serverId, memberId, roleId)) {
            return false;
        }
        store.assign(serverId, memberId, roleId);
        audit.record(AuditRecord.of(serverId, null, RoleService.MEMBER_ROLE_ADD, "member", memberId, null,
                fields(role.get())).withReason(REASON));
        changed(serverId, memberId);
        return true;
    }

    /** Takes the role from the member if they hold it; whether anything changed. */
    public boolean revoke(UUID serverId, UUID memberId, UUID roleId) {
        Optional<Role> role = assignable(serverId, roleId);
        if (role.isEmpty() || !store.unassign(serverId, memberId, roleId)) {
            return false;
        }
        audit.record(AuditRecord.of(serverId, null, RoleService.MEMBER_ROLE_REMOVE, "member", memberId,
                fields(role.get()), null).withReason(REASON));
        changed(serverId, memberId);
        return true;
    }

    private void changed(UUID serverId, UUID memberId) {
        permissionsChanged.fire(new PermissionsChanged(serverId));
        memberUpdated.fire(new MemberUpdated(serverId, memberId));
    }

    private static Map<String, Object> fields(Role role) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("roleId", role.getId().toString());
        fields.put("roleName", role.getName());
        return fields;
    }
}
