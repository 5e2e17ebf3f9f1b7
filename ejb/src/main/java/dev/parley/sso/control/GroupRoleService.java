package dev.parley.sso.control;

import dev.parley.admin.control.InstallationAdmins;
import dev.parley.moderation.control.AuditRecord;
import dev.parley.moderation.control.AuditTrail;
import dev.parley.permission.control.DirectoryRoles;
import dev.parley.platform.control.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The mapping of directory groups to server roles that group sync applies at each sign-in through the
 * organisation's provider: read and replaced whole by the installation's administrators, audit-logged.
 */
@Stateless
public class GroupRoleService {

    public static final String GROUP_ROLES_UPDATE = "sso.group-roles.update";
    static final int MAX_MAPPINGS = 500;
    static final int GROUP_MAX = 256;

    @Inject
    SsoStore store;

    @Inject
    InstallationAdmins admins;

    @Inject
    DirectoryRoles roles;

    @Inject
    AuditTrail audit;

    public List<GroupRole> list(UUID actor) {
        admins.require(actor);
        return store.groupRoles();
    }

    /** Replaces every mapping with these, all or none; the same mapping twice counts once. */
    public List<GroupRole> replace(UUID actor, List<GroupRole> mappings) {
        admins.require(actor);
        if (mappings.size() > MAX_MAPPINGS) {
            throw new InvalidInputException("At most " + MAX_MAPPINGS + " mappings.", Map.of("mappings", "too many"));
        }
        Map<String, String> problems = new TreeMap<>();
        Set<GroupRole> clean = new LinkedHashSet<>();
        for (int i = 0; i < mappings.size(); i++) {
            GroupRole m = mappings.get(i);
            String at = "[" + i + "].";
            String group = m.group() == null ? null : m.group().strip();
            if (group == null || group.isEmpty()) {
                problems.put(at + "group", "is missing");
            } else if (group.length() > GROUP_MAX || group.chars().anyMatch(Character::isISOControl)) {
                problems.put(at + "group", "must be at most " + GROUP_MAX + " characters, without control characters");
            }
            if (m.serverId() == null) {
                problems.put(at + "serverId", "is missing");
            }
            if (m.roleId() == null) {
                problems.put(at + "roleId", "is missing");
            } else if (m.serverId() != null && roles.assignable(m.serverId(), m.roleId()).isEmpty()) {
                problems.put(at + "roleId", "is not a role of that server (or is @everyone)");
            }
            if (!problems.containsKey(at + "group") && group != null) {
                clean.add(new GroupRole(group, m.serverId(), m.roleId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some mappings are not valid.", problems);
        }
        List<GroupRole> before = store.groupRoles();
        store.replaceGroupRoles(clean);
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("mappings", before.size());
        Map<String, Object> is = new LinkedHashMap<>();
        is.put("mappings", clean.size());
        audit.record(AuditRecord.of(null, actor, GROUP_ROLES_UPDATE, "installation", null, was, is));
        return List.copyOf(clean);
    }
}
