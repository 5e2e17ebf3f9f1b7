package dev.parley.guild.boundary;

import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.InviteView;
import dev.parley.guild.control.MemberView;
import dev.parley.guild.control.NewInvite;
import dev.parley.guild.control.ServerChanges;
import dev.parley.guild.control.ServerView;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.moderation.boundary.MemberActionsBacking;
import dev.parley.moderation.control.AuditEntryView;
import dev.parley.moderation.control.AuditLogService;
import dev.parley.moderation.control.AuditQuery;
import dev.parley.moderation.control.BanView;
import dev.parley.moderation.control.ModerationReason;
import dev.parley.moderation.control.ModerationService;
import dev.parley.permission.boundary.PermissionGroups;
import dev.parley.permission.control.NewRole;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.permission.control.RoleChange;
import dev.parley.permission.control.RolePosition;
import dev.parley.permission.control.RoleService;
import dev.parley.permission.control.RoleView;
import dev.parley.platform.boundary.Durations;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.boundary.UiTexts;
import dev.parley.platform.control.ParleyException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The server settings page, {@code settings.xhtml?server=…&tab=…}: Overview, Roles, Members,
 * Invites, Bans, Auto-moderation ({@code AutomodSettingsBacking}) and Audit log, each shown only to who may use it. Every action goes to the
 * services, which decide again; their refusals show as sentences on top of the section. Its words are in
 * {@code i18n/servers*.properties}, in the page's language.
 */
@Named("settings")
@ViewScoped
public class ServerSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OVERVIEW = "overview";
    public static final String ROLES = "roles";
    public static final String MEMBERS = "members";
    public static final String INVITES = "invites";
    public static final String BANS = "bans";
    public static final String AUTOMOD = "automod";
    public static final String AUDIT = "audit";

    /** The words of this page. */
    public static final String BUNDLE = "i18n.servers";

    /** The audit log's action names, for its filter. */
    public static final List<String> AUDIT_ACTIONS = List.of("automod.block", "automod.flag", "automod.rule.create",
            "automod.rule.delete", "automod.rule.update", "channel.create", "channel.delete", "channel.overwrite.delete",
            "channel.overwrite.update", "channel.reorder", "channel.update", "invite.create", "invite.delete",
            "member.ban", "member.kick", "member.role.add", "member.role.remove", "member.unban", "member.update",
            "role.create", "role.delete", "role.reorder", "role.update", "server.transfer", "server.update");

    @Inject
    GuildService guilds;

    @Inject
    RoleService roleService;

    @Inject
    ModerationService moderation;

    @Inject
    AuditLogService auditLog;

    @Inject
    PermissionPolicy policy;

    @Inject
    dev.parley.channel.control.ChannelService channels;

    @Inject
    SignedInUser me;

    private String server;
    private String tab;
    private UUID serverId;
    private String refusal;
    private ServerView view;
    private boolean owner;

    // overview
    private String name;
    private String description;
    private String iconUrl;
    private boolean confirmDelete;

    // the role being edited
    private UUID editing;
    private String roleName;
    private String roleColor;
    private boolean roleHoist;
    private boolean roleMentionable;
    private boolean editingEveryone;
    private Map<String, Boolean> rolePermissions = new HashMap<>();

    // invites
    private String inviteMaxUses = "0";
    private String inviteMaxAge = "604800";
    private boolean inviteTemporary;

    // audit log
    private String auditAction;
    private String auditActor;
    private UUID auditBefore;
    private final List<UUID> auditPages = new ArrayList<>();

    /** The view action: which server, whether the reader may be here, which section. */
    public void load() {
        serverId = MemberActionsBacking.uuidOf(server);
        try {
            if (serverId == null) {
                throw new dev.parley.platform.control.NotFoundException("No such server.");
            }
            view = guilds.get(me.id(), serverId);
        } catch (ParleyException e) {
            refusal = text("refusal.missing");
            return;
        }
        owner = me.id().equals(view.ownerId());
        List<String> tabs = getTabs();
        if (tabs.isEmpty()) {
            refusal = text("refusal.forbidden", view.name());
            return;
        }
        if (tab == null || !tabs.contains(tab)) {
            tab = tabs.get(0);
        }
        name = view.name();
        description = view.description();
        iconUrl = view.iconUrl();
    }

    private boolean holds(Permission p) {
        return serverId != null && policy.holdsInServer(me.id(), serverId, p);
    }

    /** The sections the reader may open, in order. */
    public List<String> getTabs() {
        List<String> tabs = new ArrayList<>();
        if (view == null) {
            return tabs;
        }
        if (owner || holds(Permission.MANAGE_SERVER)) {
            tabs.add(OVERVIEW);
        }
        if (holds(Permission.MANAGE_ROLES)) {
            tabs.add(ROLES);
        }
        if (holds(Permission.MANAGE_ROLES) || holds(Permission.KICK_MEMBERS) || holds(Permission.BAN_MEMBERS)
                || holds(Permission.MODERATE_MEMBERS) || holds(Permission.MANAGE_NICKNAMES)) {
            tabs.add(MEMBERS);
        }
        if (holds(Permission.MANAGE_SERVER)) {
            tabs.add(INVITES);
        }
        if (holds(Permission.BAN_MEMBERS)) {
            tabs.add(BANS);
        }
        if (holds(Permission.MANAGE_SERVER)) {
            tabs.add(AUTOMOD);
        }
        if (holds(Permission.VIEW_AUDIT_LOG)) {
            tabs.add(AUDIT);
        }
        return tabs;
    }

    public static String tabTitle(String tab) {
        return switch (tab) {
            case OVERVIEW, ROLES, MEMBERS, INVITES, BANS, AUDIT -> text("tab." + tab);
            case AUTOMOD -> dev.parley.moderation.boundary.AutomodSettingsBacking.tabTitle();
            default -> tab;
        };
    }

    public String title(String t) {
        return tabTitle(t);
    }

    /** The browser tab's title: the server's name, when the reader may see it, and what the page is. */
    public String getPageTitle() {
        return view == null ? text("page.title") : text("page.title.named", view.name());
    }

    /** A text of this page in the page's language. */
    static String text(String key, Object... args) {
        return UiTexts.text(BUNDLE, key, args);
    }

    /** A text of this page with one argument, for an attribute ({@code aria-label="Edit {0}"}). */
    public String format(String key, Object arg) {
        return text(key, arg);
    }

    /** A text with a count, in the count's plural form. */
    static String plural(String key, long count) {
        java.util.Locale locale = UiTexts.locale();
        return UiTexts.plural(UiTexts.bundle(BUNDLE, locale), locale, key, count);
    }

    /** Loaded once per request (re-rendered sections read them again after an action). */
    @SuppressWarnings("unchecked")
    private <T> T memo(String key, Supplier<T> load) {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        String k = "settings." + key;
        if (!request.containsKey(k)) {
            try {
                request.put(k, load.get());
            } catch (ParleyException e) {
                request.put(k, List.of());
            }
        }
        return (T) request.get(k);
    }

    private void forget(String key) {
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().remove("settings." + key);
    }

    private boolean attempt(Runnable action, String form, Set<String> inputs) {
        try {
            action.run();
            return true;
        } catch (ParleyException e) {
            PageMessages.show(e, form, inputs);
            return false;
        }
    }

    // ---------- overview

    public void saveOverview() {
        Set<String> fields = Set.of("name", "description", "iconUrl");
        attempt(() -> view = guilds.update(me.id(), serverId, new ServerChanges(name, blankNull(description),
                blankNull(iconUrl)), fields), "overview-form", fields);
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_INFO, text("saved"), null));
        }
    }

    public void askDelete() {
        confirmDelete = true;
    }

    public void cancelDelete() {
        confirmDelete = false;
    }

    public String deleteServer() {
        return attempt(() -> guilds.delete(me.id(), serverId), "overview-form", Set.of())
                ? "/index.xhtml?faces-redirect=true" : null;
    }

    // ---------- roles

    /** The server's roles, highest first ({@code @everyone} last). */
    public List<RoleView> getRoles() {
        return memo("roles", () -> roleService.list(me.id(), serverId).stream()
                .sorted((a, b) -> Integer.compare(b.position(), a.position())).toList());
    }

    public Map<UUID, RoleView> getRolesById() {
        Map<UUID, RoleView> byId = new HashMap<>();
        getRoles().forEach(r -> byId.put(r.id(), r));
        return byId;
    }

    public List<PermissionGroups.Group> getPermissionGroups() {
        return PermissionGroups.all();
    }

    public void createRole() {
        attempt(() -> {
            RoleView created = roleService.create(me.id(), serverId, NewRole.DEFAULTS);
            forget("roles");
            edit(created);
        }, "roles-form", Set.of());
    }

    public void editRole(UUID roleId) {
        getRoles().stream().filter(r -> r.id().equals(roleId)).findFirst().ifPresent(this::edit);
    }

    private void edit(RoleView role) {
        editing = role.id();
        editingEveryone = role.everyone();
        roleName = role.name();
        roleColor = role.color();
        roleHoist = role.hoist();
        roleMentionable = role.mentionable();
        rolePermissions = new HashMap<>();
        for (Permission p : Permission.values()) {
            rolePermissions.put(p.name(), role.permissions().contains(p.name()));
        }
    }

    public void saveRole() {
        List<String> granted = rolePermissions.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        RoleChange change = editingEveryone ? new RoleChange(null, null, granted, null, null)
                : new RoleChange(roleName, roleColor == null ? "" : roleColor.strip(), granted, roleHoist, roleMentionable);
        if (attempt(() -> roleService.update(me.id(), serverId, editing, change), "role-editor",
                Set.of("name", "color"))) {
            forget("roles");
            editing = null;
        }
    }

    public void closeEditor() {
        editing = null;
    }

    public void deleteRole(UUID roleId) {
        if (attempt(() -> roleService.delete(me.id(), serverId, roleId), "roles-form", Set.of())) {
            forget("roles");
            if (roleId.equals(editing)) {
                editing = null;
            }
        }
    }

    /** Moves a role one up the hierarchy (swapping it with the one above); {@code @everyone} stays at the bottom. */
    public void moveUp(UUID roleId) {
        move(roleId, 1);
    }

    public void moveDown(UUID roleId) {
        move(roleId, -1);
    }

    /** The order a role was dragged into ({@code order}: role ids, highest first, comma-separated). */
    public void reorderRoles() {
        String order = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("order");
        List<UUID> ids = new java.util.ArrayList<>();
        for (String id : order == null ? new String[0] : order.split(",")) {
            try {
                ids.add(UUID.fromString(id.strip()));
            } catch (IllegalArgumentException notAnId) {
                return;
            }
        }
        List<RolePosition> moves = RoleOrder.placed(getRoles(), ids);
        if (!moves.isEmpty() && attempt(() -> roleService.reorder(me.id(), serverId, moves), "roles-form", Set.of())) {
            forget("roles");
        }
    }

    private void move(UUID roleId, int by) {
        List<RolePosition> moves = RoleOrder.swap(getRoles(), roleId, by);
        if (moves.isEmpty()) {
            return;
        }
        if (attempt(() -> roleService.reorder(me.id(), serverId, moves), "roles-form", Set.of())) {
            forget("roles");
        }
    }

    // ---------- members

    public List<MemberView> getMembers() {
        return memo("members", () -> guilds.members(me.id(), serverId, null, 1000).stream()
                .sorted(java.util.Comparator.comparing(m -> MemberActionsBacking.nameOf(m).toLowerCase(java.util.Locale.ROOT)))
                .toList());
    }

    public String memberName(MemberView m) {
        return MemberActionsBacking.nameOf(m);
    }

    /** The member's roles by name, highest first. */
    public String roleNames(MemberView m) {
        Map<UUID, RoleView> byId = getRolesById();
        return m.roles().stream().map(byId::get).filter(java.util.Objects::nonNull)
                .sorted((a, b) -> Integer.compare(b.position(), a.position())).map(RoleView::name)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    // ---------- invites

    public List<InviteView> getInvites() {
        return memo("invites", () -> guilds.invites(me.id(), serverId));
    }

    public void revokeInvite(String code) {
        if (attempt(() -> guilds.revokeInvite(me.id(), code), "invites-form", Set.of())) {
            forget("invites");
        }
    }

    public void createInvite() {
        if (attempt(() -> guilds.invite(me.id(), serverId, new NewInvite(Integer.valueOf(inviteMaxUses),
                Integer.valueOf(inviteMaxAge), inviteTemporary)), "invites-form", Set.of())) {
            forget("invites");
        }
    }

    public Map<String, String> getMaxUsesChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("0", text("invites.maxUses.none"));
        for (int uses : new int[] {1, 5, 10, 25, 50, 100}) {
            choices.put(String.valueOf(uses), plural("invites.maxUses", uses));
        }
        return choices;
    }

    public Map<String, String> getMaxAgeChoices() {
        return MemberActionsBacking.orderedMap("1800", Durations.of(30, ChronoUnit.MINUTES),
                "3600", Durations.of(1, ChronoUnit.HOURS), "21600", Durations.of(6, ChronoUnit.HOURS),
                "43200", Durations.of(12, ChronoUnit.HOURS), "86400", Durations.of(1, ChronoUnit.DAYS),
                "604800", Durations.of(7, ChronoUnit.DAYS), "0", text("invites.maxAge.never"));
    }

    /** When an invite stops working, in the reader's language (UTC), or "Never". */
    public String expires(InviteView invite) {
        return invite.expiresAt() == null ? text("invites.never") : dateTime(invite.expiresAt());
    }

    /** A moment as a date and time in the page's language, in UTC (the server does not know the reader's zone). */
    static String dateTime(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(UiTexts.locale())
                .format(at.atOffset(ZoneOffset.UTC));
    }

    // ---------- bans

    public List<BanView> getBans() {
        return memo("bans", () -> moderation.bans(me.id(), serverId));
    }

    public void unban(UUID userId) {
        if (attempt(() -> moderation.unban(me.id(), serverId, userId, new ModerationReason(null)), "bans-form",
                Set.of())) {
            forget("bans");
        }
    }

    // ---------- audit log

    public List<AuditEntryView> getAuditEntries() {
        return memo("audit", () -> auditLog.page(me.id(), serverId, new AuditQuery(blankNull(auditAction),
                MemberActionsBacking.uuidOf(auditActor), auditBefore, AuditQuery.DEFAULT_LIMIT)));
    }

    public List<String> getAuditActions() {
        return AUDIT_ACTIONS;
    }

    /** The audit actions for the filter: action name → what it records, in the page's language. */
    public Map<String, String> getAuditActionChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        AUDIT_ACTIONS.forEach(a -> choices.put(a, auditActionLabel(a)));
        return choices;
    }

    /** What an audit entry records ("Member kicked"); an action without words shows its name. */
    public String auditActionLabel(String action) {
        try {
            return UiTexts.bundle(BUNDLE, UiTexts.locale()).getString("audit.action." + action);
        } catch (java.util.MissingResourceException unknown) {
            return action;
        }
    }

    public void filterAudit() {
        auditBefore = null;
        auditPages.clear();
        forget("audit");
    }

    public void olderAudit() {
        List<AuditEntryView> entries = getAuditEntries();
        if (!entries.isEmpty()) {
            auditPages.add(auditBefore);
            auditBefore = entries.get(entries.size() - 1).id();
            forget("audit");
        }
    }

    public void newerAudit() {
        if (!auditPages.isEmpty()) {
            auditBefore = auditPages.remove(auditPages.size() - 1);
            forget("audit");
        }
    }

    public boolean isAuditHasNewer() {
        return auditBefore != null;
    }

    public boolean isAuditHasOlder() {
        return getAuditEntries().size() == AuditQuery.DEFAULT_LIMIT;
    }

    /** What an entry was done to, by name where the page knows it (a member, a role, a channel, the server), else its id. */
    public String auditTarget(AuditEntryView e) {
        if (e.targetId() == null) {
            return "";
        }
        String name = getAuditNames().get(e.targetId());
        return name == null ? e.targetId() : name;
    }

    /** The entry's changes, one line per field: "name: old → new", in the page's language. */
    public List<String> auditChanges(AuditEntryView e) {
        java.util.Locale locale = UiTexts.locale();
        Map<String, String> names = getAuditNames();
        return new AuditChanges(UiTexts.bundle(BUNDLE, locale), PermissionGroups.bundle(locale), locale, names::get)
                .lines(e.changes());
    }

    /** The names of what audit entries name by id: members, roles ("@name"), channels ("#name") and the server. */
    private Map<String, String> getAuditNames() {
        return memo("audit-names", () -> {
            Map<String, String> names = new HashMap<>();
            names.put(serverId.toString(), view.name());
            try {
                channels.list(me.id(), serverId).forEach(c -> names.put(c.id().toString(), "#" + c.name()));
            } catch (ParleyException e) {
                // no channels to name
            }
            getRoles().forEach(r -> names.put(r.id().toString(), r.everyone() ? "@everyone" : "@" + r.name()));
            getMembers().forEach(m -> names.put(m.user().id().toString(), MemberActionsBacking.nameOf(m)));
            return names;
        });
    }

    public String actorName(AuditEntryView e) {
        if (e.actor() == null) {
            return text("deleted.account");
        }
        return e.actor().displayName() != null && !e.actor().displayName().isBlank() ? e.actor().displayName()
                : e.actor().username();
    }

    private static String blankNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // ---------- accessors

    public String getServer() {
        return server;
    }

    public void setServer(String server) {
        this.server = server;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public UUID getServerId() {
        return serverId;
    }

    public String getRefusal() {
        return refusal;
    }

    public ServerView getView() {
        return view;
    }

    public boolean isOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getIconUrl() {
        return iconUrl;
    }

    public void setIconUrl(String iconUrl) {
        this.iconUrl = iconUrl;
    }

    public boolean isConfirmDelete() {
        return confirmDelete;
    }

    public UUID getEditing() {
        return editing;
    }

    public boolean isEditingEveryone() {
        return editingEveryone;
    }

    public String getRoleName() {
        return roleName;
    }

    public void setRoleName(String roleName) {
        this.roleName = roleName;
    }

    public String getRoleColor() {
        return roleColor;
    }

    public void setRoleColor(String roleColor) {
        this.roleColor = roleColor;
    }

    public boolean isRoleHoist() {
        return roleHoist;
    }

    public void setRoleHoist(boolean roleHoist) {
        this.roleHoist = roleHoist;
    }

    public boolean isRoleMentionable() {
        return roleMentionable;
    }

    public void setRoleMentionable(boolean roleMentionable) {
        this.roleMentionable = roleMentionable;
    }

    public Map<String, Boolean> getRolePermissions() {
        return rolePermissions;
    }

    public String getInviteMaxUses() {
        return inviteMaxUses;
    }

    public void setInviteMaxUses(String inviteMaxUses) {
        this.inviteMaxUses = inviteMaxUses;
    }

    public String getInviteMaxAge() {
        return inviteMaxAge;
    }

    public void setInviteMaxAge(String inviteMaxAge) {
        this.inviteMaxAge = inviteMaxAge;
    }

    public boolean isInviteTemporary() {
        return inviteTemporary;
    }

    public void setInviteTemporary(boolean inviteTemporary) {
        this.inviteTemporary = inviteTemporary;
    }

    public String getAuditAction() {
        return auditAction;
    }

    public void setAuditAction(String auditAction) {
        this.auditAction = auditAction;
    }

    public String getAuditActor() {
        return auditActor;
    }

    public void setAuditActor(String auditActor) {
        this.auditActor = auditActor;
    }

    static Map<String, String> ordered(Map<String, String> m) {
        return new LinkedHashMap<>(m);
    }
}
