package dev.parley.permission.control;

import dev.parley.guild.control.MemberUpdated;
import dev.parley.moderation.control.AuditRecord;
import dev.parley.moderation.control.AuditTrail;
import dev.parley.permission.entity.Role;
import dev.parley.platform.control.ForbiddenException;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.NotFoundException;
import dev.parley.platform.control.Texts;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A server's roles, as Discord's: create, change, delete, reorder, give and take away. Every
 * change needs {@code MANAGE_ROLES} and obeys the hierarchy: nobody manages a role at or above
 * their own highest role (the owner excepted), and nobody grants or takes away a permission they
 * do not hold themselves. Each change is audit-logged in its transaction, drops the server's
 * cached permission facts when it commits (so delivery follows at once) and reaches connected
 * members as {@code role:*} or {@code member:update}.
 */
@Stateless
public class RoleService {

    public static final String ROLE_CREATE = "role.create";
    public static final String ROLE_UPDATE = "role.update";
    public static final String ROLE_DELETE = "role.delete";
    public static final String ROLE_REORDER = "role.reorder";
    public static final String MEMBER_ROLE_ADD = "member.role.add";
    public static final String MEMBER_ROLE_REMOVE = "member.role.remove";

    /** A role created without a name, as Discord names it. */
    static final String DEFAULT_NAME = "new role";
    private static final String BELOW_YOURS = "You can only manage roles below your highest role.";

    @Inject
    PermissionPolicy policy;

    @Inject
    RoleStore store;

    @Inject
    Inputs inputs;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PermissionsChanged> permissionsChanged;

    @Inject
    Event<RoleChanged> roleChanged;

    @Inject
    Event<MemberUpdated> memberUpdated;

    /** The server's roles, {@code @everyone} first (position 0), then up the hierarchy; for any member. */
    public List<RoleView> list(UUID userId, UUID serverId) {
        requireServer(policy.requireMember(userId, serverId));
        return store.roles(serverId).stream().map(RoleView::of).toList();
    }

    /** Creates a role at position 1, just above {@code @everyone}; the roles above move up one (as Discord). */
    public RoleView create(UUID userId, UUID serverId, NewRole request) {
        NewRole input = inputs.check(request == null ? NewRole.DEFAULTS : request);
        ServerFacts facts = requireServer(policy.requireInServer(userId, serverId, Permission.MANAGE_ROLES));
        String name = input.name() == null ? DEFAULT_NAME : name(input.name());
        long bits = input.permissions() == null ? facts.roleBits(facts.everyoneRoleId())
                : OverwriteService.bits("permissions", input.permissions());
        // the new role lands at 1, below every role the actor holds: one who holds none (MANAGE_ROLES
        // through @everyone) would create a role above their own highest
        if (!facts.isOwner(userId) && facts.highestPosition(userId) < 1) {
            throw new ForbiddenException(BELOW_YOURS);
        }
        requireHeld(facts, userId, bits);
        store.shiftUp(serverId);
        Role role = Role.named(serverId, name, bits, 1);
        role.setColor(color(input.color()));
        role.setHoist(Boolean.TRUE.equals(input.hoist()));
        role.setMentionable(Boolean.TRUE.equals(input.mentionable()));
        store.add(role);
        audit.record(AuditRecord.of(serverId, userId, ROLE_CREATE, "role", role.getId(), null, fields(role)));
        return changed(RoleFanout.ROLE_CREATE, role);
    }

    /**
     * Changes the fields present in {@code request}. {@code @everyone} may change its permissions
     * only; its name, colour, hoist and mentionable are refused (400).
     */
    public RoleView update(UUID userId, UUID serverId, UUID roleId, RoleChange request) {
        RoleChange input = inputs.check(request);
        ServerFacts facts = requireServer(policy.requireInServer(userId, serverId, Permission.MANAGE_ROLES));
        Role role = role(serverId, roleId);
        if (role.isDefaultRole()) {
            Map<String, String> refused = new java.util.TreeMap<>();
            for (var field : Map.of("name", input.name() != null, "color", input.color() != null,
                    "hoist", input.hoist() != null, "mentionable", input.mentionable() != null).entrySet()) {
                if (field.getValue()) {
                    refused.put(field.getKey(), "cannot be changed for @everyone");
                }
            }
            if (!refused.isEmpty()) {
                throw new InvalidInputException("The @everyone role has only permissions to change.", refused);
            }
        }
        policy.requireOutranksRole(userId, facts, roleId);
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        if (input.name() != null) {
            String name = name(input.name());
            change(before, after, "name", role.getName(), name);
            role.setName(name);
        }
        if (input.color() != null) {
            String color = color(input.color());
            change(before, after, "color", role.getColor(), color);
            role.setColor(color);
        }
        if (input.permissions() != null) {
            long bits = OverwriteService.bits("permissions", input.permissions());
            requireHeld(facts, userId, bits ^ role.getPermissions());
            change(before, after, "permissions", Permission.names(role.getPermissions()), Permission.names(bits));
            role.setPermissions(bits);
        }
        if (input.hoist() != null) {
            change(before, after, "hoist", role.isHoist(), input.hoist());
            role.setHoist(input.hoist());
        }
        if (input.mentionable() != null) {
            change(before, after, "mentionable", role.isMentionable(), input.mentionable());
            role.setMentionable(input.mentionable());
        }
        if (after.isEmpty()) {
            return RoleView.of(role); // nothing changed: nothing to log or tell
        }
        audit.record(AuditRecord.of(serverId, userId, ROLE_UPDATE, "role", roleId, before, after));
        return changed(RoleFanout.ROLE_UPDATE, role);
    }

    /** Deletes a role, its assignments and the channel overwrites for it; {@code @everyone} cannot be deleted (400). */
    public void delete(UUID userId, UUID serverId, UUID roleId) {
        ServerFacts facts = requireServer(policy.requireInServer(userId, serverId, Permission.MANAGE_ROLES));
        Role role = role(serverId, roleId);
        if (role.isDefaultRole()) {
            throw new InvalidInputException("The @everyone role cannot be deleted.", Map.of("roleId", "is @everyone"));
        }
        policy.requireOutranksRole(userId, facts, roleId);
        Map<String, Object> before = fields(role);
        store.remove(role);
        audit.record(AuditRecord.of(serverId, userId, ROLE_DELETE, "role", roleId, before, null));
        permissionsChanged.fire(new PermissionsChanged(serverId));
        roleChanged.fire(new RoleChanged(RoleFanout.ROLE_DELETE, serverId, roleId, null));
    }

    /**
     * Moves roles to the given positions (1 and up), then numbers every role 1, 2, 3… in the order
     * that gives (roles asked for the same position keep their previous order). Each role moved
     * must be below the actor's highest role, before and after. Returns every role, as {@link #list}.
     */
    public List<RoleView> reorder(UUID userId, UUID serverId, List<RolePosition> positions) {
        if (positions == null || positions.isEmpty()) {
            throw new InvalidInputException("Say which roles move where: a list of {id, position}.",
                    Map.of("body", "must be a non-empty array"));
        }
        positions.forEach(inputs::check);
        ServerFacts facts = requireServer(policy.requireInServer(userId, serverId, Permission.MANAGE_ROLES));
        List<Role> roles = store.roles(serverId);
        Map<UUID, Role> byId = new HashMap<>();
        roles.forEach(r -> byId.put(r.getId(), r));
        Map<UUID, Integer> asked = new HashMap<>();
        for (RolePosition p : positions) {
            Role role = byId.get(p.id());
            if (role == null) {
                throw new NotFoundException("This server has no such role.");
            }
            if (role.isDefaultRole()) {
                throw new InvalidInputException("The @everyone role stays at position 0.",
                        Map.of("id", "is @everyone, which cannot move"));
            }
            if (asked.put(p.id(), p.position()) != null) {
                throw new InvalidInputException("Each role may be listed once.", Map.of("id", "is listed twice"));
            }
        }
        boolean owner = facts.isOwner(userId);
        int highest = facts.highestPosition(userId);
        asked.forEach((id, position) -> {
            if (position != byId.get(id).getPosition()) {
                policy.requireOutranksRole(userId, facts, id);
                if (!owner && position >= highest) {
                    throw new ForbiddenException("You can only move roles below your highest role.");
                }
            }
        });
        List<Role> ordered = new ArrayList<>(roles);
        ordered.removeIf(Role::isDefaultRole);
        ordered.sort(Comparator.comparingInt((Role r) -> asked.getOrDefault(r.getId(), r.getPosition()))
                .thenComparingInt(Role::getPosition).thenComparing(r -> r.getId().toString()));
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        Set<Role> moved = new HashSet<>();
        for (int i = 0; i < ordered.size(); i++) {
            Role role = ordered.get(i);
            if (role.getPosition() != i + 1) {
                before.put(role.getId().toString(), role.getPosition());
                after.put(role.getId().toString(), i + 1);
                role.setPosition(i + 1);
                moved.add(role);
            }
        }
        if (!moved.isEmpty()) {
            audit.record(AuditRecord.of(serverId, userId, ROLE_REORDER, "server", serverId, before, after));
            permissionsChanged.fire(new PermissionsChanged(serverId));
            ordered.stream().filter(moved::contains).forEach(role ->
                    roleChanged.fire(new RoleChanged(RoleFanout.ROLE_UPDATE, serverId, role.getId(), RoleView.of(role))));
        }
        List<RoleView> all = new ArrayList<>();
        roles.stream().filter(Role::isDefaultRole).map(RoleView::of).forEach(all::add);
        ordered.stream().map(RoleView::of).forEach(all::add);
        return all;
    }

    /** Gives the member the role; giving one they hold changes nothing. */
    public void assign(UUID userId, UUID serverId, UUID memberId, UUID roleId) {
        Role role = memberRole(userId, serverId, memberId, roleId);
        if (store.holds(serverId, memberId, roleId)) {
            return;
        }
        store.assign(serverId, memberId, roleId);
        audit.record(AuditRecord.of(serverId, userId, MEMBER_ROLE_ADD, "member", memberId, null, roleFields(role)));
        permissionsChanged.fire(new PermissionsChanged(serverId));
        memberUpdated.fire(new MemberUpdated(serverId, memberId));
    }

    /** Takes the role from the member; taking one they do not hold changes nothing. */
    public void unassign(UUID userId, UUID serverId, UUID memberId, UUID roleId) {
        Role role = memberRole(userId, serverId, memberId, roleId);
        if (!store.unassign(serverId, memberId, roleId)) {
            return;
        }
        audit.record(AuditRecord.of(serverId, userId, MEMBER_ROLE_REMOVE, "member", memberId, roleFields(role), null));
        permissionsChanged.fire(new PermissionsChanged(serverId));
        memberUpdated.fire(new MemberUpdated(serverId, memberId));
    }

    /** The checks of giving and taking a role: MANAGE_ROLES, a role and a member of this server, below the actor's highest. */
    private Role memberRole(UUID userId, UUID serverId, UUID memberId, UUID roleId) {
        ServerFacts facts = requireServer(policy.requireInServer(userId, serverId, Permission.MANAGE_ROLES));
        Role role = role(serverId, roleId);
        if (role.isDefaultRole()) {
            throw new InvalidInputException("Every member holds @everyone; it cannot be given or taken.",
                    Map.of("roleId", "is @everyone"));
        }
        if (!facts.isMember(memberId)) {
            throw new NotFoundException("This server has no such member.");
        }
        policy.requireOutranksRole(userId, facts, roleId);
        return role;
    }

    private RoleView changed(String event, Role role) {
        RoleView view = RoleView.of(role);
        permissionsChanged.fire(new PermissionsChanged(role.getServerId()));
        roleChanged.fire(new RoleChanged(event, role.getServerId(), role.getId(), view));
        return view;
    }

    private Role role(UUID serverId, UUID roleId) {
        return store.role(serverId, roleId).orElseThrow(() -> new NotFoundException("This server has no such role."));
    }

    /** A server's facts; a direct-message conversation, which has facts but no roles, is no server. */
    private static ServerFacts requireServer(ServerFacts facts) {
        if (facts.everyoneRoleId() == null) {
            throw new NotFoundException("No such server.");
        }
        return facts;
    }

    /** Refuses permission bits the actor does not hold server-wide (the owner and administrators hold all). */
    private static void requireHeld(ServerFacts facts, UUID userId, long bits) {
        long missing = bits & ~facts.serverPermissions(userId);
        if (missing != 0) {
            throw new ForbiddenException("You can only grant or take away permissions you have yourself; you lack "
                    + String.join(", ", Permission.names(missing)) + ".");
        }
    }

    private static String name(String name) {
        String trimmed = name.strip();
        if (Texts.isBlank(trimmed)) {
            throw new InvalidInputException("A role needs a name.", Map.of("name", Texts.BLANK));
        }
        return trimmed;
    }

    /** {@code #rrggbb} in lower case, or null for an empty colour. */
    private static String color(String color) {
        return color == null || color.isEmpty() ? null : color.toLowerCase(Locale.ROOT);
    }

    private static void change(Map<String, Object> before, Map<String, Object> after, String field, Object was, Object is) {
        if (!java.util.Objects.equals(was, is)) {
            before.put(field, was);
            after.put(field, is);
        }
    }

    private static Map<String, Object> fields(Role role) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", role.getName());
        fields.put("color", role.getColor());
        fields.put("permissions", Permission.names(role.getPermissions()));
        fields.put("position", role.getPosition());
        fields.put("hoist", role.isHoist());
        fields.put("mentionable", role.isMentionable());
        return fields;
    }

    private static Map<String, Object> roleFields(Role role) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("roleId", role.getId().toString());
        fields.put("roleName", role.getName());
        return fields;
    }
}
