package dev.parley.channel.boundary;

import dev.parley.channel.control.ChannelChanges;
import dev.parley.channel.control.ChannelService;
import dev.parley.channel.control.ChannelView;
import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.MemberView;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.moderation.boundary.MemberActionsBacking;
import dev.parley.permission.boundary.ExplanationTexts;
import dev.parley.permission.boundary.PermissionGroups;
import dev.parley.permission.control.ExplainService;
import dev.parley.permission.control.OverwriteRequest;
import dev.parley.permission.control.OverwriteService;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionCache;
import dev.parley.permission.control.PermissionCalculator;
import dev.parley.permission.control.PermissionExplanation;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.permission.control.RoleService;
import dev.parley.permission.control.RoleView;
import dev.parley.platform.boundary.Durations;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.boundary.UiTexts;
import dev.parley.platform.control.NotFoundException;
import dev.parley.platform.control.ParleyException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A channel's settings, {@code channel-settings.xhtml?channel=…&tab=…}: its name, topic and slow
 * mode (MANAGE_CHANNELS); its permission overwrites, each permission Deny, Inherit or Allow
 * (MANAGE_ROLES); and "check a member": the explanation of one permission for one member there. Its words
 * are in {@code i18n/channels*.properties}, the permissions' in {@code i18n/permissions*.properties}.
 */
@Named("channelSettings")
@ViewScoped
public class ChannelSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OVERVIEW = "overview";
    public static final String PERMISSIONS = "permissions";
    public static final String CHECK = "check";

    /** The words of this page. */
    public static final String BUNDLE = "i18n.channels";

    @Inject
    ChannelService channels;

    @Inject
    GuildService guilds;

    @Inject
    RoleService roleService;

    @Inject
    OverwriteService overwrites;

    @Inject
    ExplainService explainer;

    @Inject
    PermissionPolicy policy;

    @Inject
    PermissionCache cache;

    @Inject
    SignedInUser me;

    private String channel;
    private String tab;
    private UUID channelId;
    private ChannelView view;
    private String refusal;

    private String name;
    private String topic;
    private String slowMode = "0";

    // the overwrite being edited: "role:<id>" or "member:<id>", and each permission's state
    private String newTarget;
    private String editing;
    private Map<String, String> states = new HashMap<>();

    private String checkMember;
    private String checkPermission = "SEND_MESSAGES";
    private PermissionExplanation explanation;

    public void load() {
        channelId = MemberActionsBacking.uuidOf(channel);
        try {
            if (channelId == null) {
                throw new NotFoundException("No such channel.");
            }
            view = channels.get(me.id(), channelId);
        } catch (ParleyException e) {
            refusal = text("refusal.missing");
            return;
        }
        if (!"text".equals(view.type()) && !"voice".equals(view.type()) && !"category".equals(view.type())) {
            refusal = text("refusal.notServer");
            return;
        }
        List<String> tabs = getTabs();
        if (tabs.isEmpty()) {
            refusal = text("refusal.forbidden", view.name());
            return;
        }
        if (tab == null || !tabs.contains(tab)) {
            tab = tabs.get(0);
        }
        name = view.name();
        topic = view.topic();
        slowMode = String.valueOf(view.slowModeSeconds());
    }

    public List<String> getTabs() {
        List<String> tabs = new ArrayList<>();
        if (view == null) {
            return tabs;
        }
        if (policy.holds(me.id(), channelId, Permission.MANAGE_CHANNELS)) {
            tabs.add(OVERVIEW);
        }
        if (policy.holds(me.id(), channelId, Permission.MANAGE_ROLES)) {
            tabs.add(PERMISSIONS);
            tabs.add(CHECK);
        }
        return tabs;
    }

    public String title(String t) {
        return switch (t) {
            case OVERVIEW, PERMISSIONS, CHECK -> text("tab." + t);
            default -> t;
        };
    }

    /** The browser tab's title: the channel's name, when the reader may see it, and what the page is. */
    public String getPageTitle() {
        return view == null ? text("page.title") : text("page.title.named", view.name());
    }

    /** A text of this page with one argument, for an attribute ({@code aria-label="Edit the overwrite for {0}"}). */
    public String format(String key, Object arg) {
        return text(key, arg);
    }

    private static String text(String key, Object... args) {
        return UiTexts.text(BUNDLE, key, args);
    }

    // ---------- overview

    public void save() {
        Set<String> fields = Set.of("name", "topic", "slowModeSeconds");
        try {
            view = channels.update(me.id(), channelId, new ChannelChanges(name, topic == null || topic.isBlank() ? null : topic,
                    null, null, Integer.valueOf(slowMode), null), fields);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text("saved"), null));
        } catch (ParleyException e) {
            PageMessages.show(e, "overview-form", Set.of("name", "topic"));
        } catch (NumberFormatException e) {
            PageMessages.show(text("overview.slowMode.pick"));
        }
    }

    // ---------- overwrites

    /**
     * One overwrite as the page lists it: what it allows and denies by permission name, and the same as the
     * page shows it (the permissions' labels, or a dash for none).
     */
    public record Row(String key, String type, String name, List<String> allow, List<String> deny, String allowText,
            String denyText) {
    }

    /** The permissions' labels, comma-separated, or the page's dash for none. */
    private static String labels(java.util.ResourceBundle permissions, List<String> names) {
        return names.isEmpty() ? text("overwrites.empty") : String.join(", ", PermissionGroups.labels(permissions, names));
    }

    private Map<UUID, String> roleNames() {
        Map<UUID, String> names = new HashMap<>();
        try {
            for (RoleView r : roleService.list(me.id(), view.serverId())) {
                names.put(r.id(), r.everyone() ? "@everyone" : "@" + r.name());
            }
        } catch (ParleyException e) {
            // no roles to name
        }
        return names;
    }

    private List<MemberView> members() {
        try {
            return guilds.members(me.id(), view.serverId(), null, 1000);
        } catch (ParleyException e) {
            return List.of();
        }
    }

    private Map<UUID, String> memberNames() {
        Map<UUID, String> names = new HashMap<>();
        members().forEach(m -> names.put(m.user().id(), MemberActionsBacking.nameOf(m)));
        return names;
    }

    /** The overwrites set on this channel itself. */
    public List<Row> getOverwrites() {
        var facts = cache.server(view.serverId()).orElse(null);
        if (facts == null) {
            return List.of();
        }
        Map<UUID, String> roles = roleNames();
        Map<UUID, String> people = memberNames();
        java.util.ResourceBundle permissions = PermissionGroups.bundle();
        List<Row> rows = new ArrayList<>();
        for (PermissionCalculator.Overwrite o : facts.overwritesOn(channelId)) {
            boolean role = "role".equals(o.targetType());
            String who = (role ? roles : people).getOrDefault(o.targetId(), o.targetId().toString());
            List<String> allow = Permission.names(o.allow());
            List<String> deny = Permission.names(o.deny());
            rows.add(new Row(o.targetType() + ":" + o.targetId(), o.targetType(), who, allow, deny,
                    labels(permissions, allow), labels(permissions, deny)));
        }
        return rows;
    }

    /** Roles and members that have no overwrite here yet, as "role:<id>"/"member:<id>" → name. */
    public Map<String, String> getAddable() {
        Set<String> taken = new java.util.HashSet<>();
        getOverwrites().forEach(r -> taken.add(r.key()));
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        roleNames().forEach((id, n) -> choices.put("role:" + id, n));
        memberNames().forEach((id, n) -> choices.put("member:" + id, n));
        taken.forEach(choices::remove);
        return choices;
    }

    public List<PermissionGroups.Group> getPermissionGroups() {
        return PermissionGroups.all();
    }

    /** An overwrite's states for each permission's select: state → its words, in order. */
    public Map<String, String> getStateChoices() {
        return OverwriteStates.labels(UiTexts.bundle(BUNDLE, UiTexts.locale()));
    }

    public void add() {
        if (newTarget == null || !newTarget.contains(":")) {
            PageMessages.show(text("overwrites.pick"));
            return;
        }
        editing = newTarget;
        states = new HashMap<>();
        for (Permission p : Permission.values()) {
            states.put(p.name(), OverwriteStates.INHERIT);
        }
    }

    public void edit(String key) {
        getOverwrites().stream().filter(r -> r.key().equals(key)).findFirst().ifPresent(r -> {
            editing = key;
            states = OverwriteStates.of(r.allow(), r.deny());
        });
    }

    public void saveOverwrite() {
        String[] parts = editing.split(":", 2);
        try {
            overwrites.put(me.id(), channelId, UUID.fromString(parts[1]), new OverwriteRequest(parts[0],
                    OverwriteStates.allowed(states), OverwriteStates.denied(states)));
            editing = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text("saved"), null));
        } catch (ParleyException e) {
            PageMessages.show(e, "overwrite-editor", Set.of());
        }
    }

    public void remove(String key) {
        String[] parts = key.split(":", 2);
        try {
            overwrites.remove(me.id(), channelId, UUID.fromString(parts[1]));
            if (key.equals(editing)) {
                editing = null;
            }
        } catch (ParleyException e) {
            PageMessages.show(e, "overwrites-form", Set.of());
        }
    }

    public void closeEditor() {
        editing = null;
    }

    /** The name of the role or member whose overwrite is edited. */
    public String getEditingName() {
        if (editing == null) {
            return "";
        }
        UUID id = MemberActionsBacking.uuidOf(editing.substring(editing.indexOf(':') + 1));
        return editing.startsWith("role:") ? roleNames().getOrDefault(id, "") : memberNames().getOrDefault(id, "");
    }

    // ---------- check a member

    public Map<String, String> getMemberChoices() {
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        members().stream().sorted(java.util.Comparator.comparing(MemberActionsBacking::nameOf))
                .forEach(m -> choices.put(m.user().id().toString(), MemberActionsBacking.nameOf(m)));
        return choices;
    }

    /** The permissions to explain: name → label, in the groups' order. */
    public Map<String, String> getPermissionChoices() {
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        PermissionGroups.all().forEach(g -> g.entries().forEach(e -> choices.put(e.name(), e.label())));
        return choices;
    }

    public void check() {
        try {
            explanation = explainer.explain(me.id(), channelId, MemberActionsBacking.uuidOf(checkMember), checkPermission);
        } catch (ParleyException e) {
            explanation = null;
            PageMessages.show(e, "check-form", Set.of());
        }
    }

    public String getCheckedName() {
        return explanation == null ? "" : memberNames().getOrDefault(explanation.userId(), "");
    }

    /** "alice does not have “View channel” here.", in the page's language. */
    public String getVerdict() {
        return explanation == null ? "" : ExplanationTexts.forPage().verdict(explanation, getCheckedName());
    }

    /** The explanation's steps as sentences in the page's language. */
    public List<ExplanationTexts.Line> getExplanationSteps() {
        if (explanation == null) {
            return List.of();
        }
        java.time.OffsetDateTime until = members().stream().filter(m -> m.user().id().equals(explanation.userId()))
                .findFirst().map(MemberView::timeoutUntil).orElse(null);
        return ExplanationTexts.forPage().steps(explanation, getCheckedName(), until);
    }

    // ---------- accessors

    /** The slow mode choices, in seconds, and their words. */
    public Map<String, String> getSlowModes() {
        return MemberActionsBacking.orderedMap("0", text("overview.slowMode.off"),
                "5", Durations.of(5, ChronoUnit.SECONDS), "10", Durations.of(10, ChronoUnit.SECONDS),
                "30", Durations.of(30, ChronoUnit.SECONDS), "60", Durations.of(1, ChronoUnit.MINUTES),
                "300", Durations.of(5, ChronoUnit.MINUTES), "900", Durations.of(15, ChronoUnit.MINUTES),
                "3600", Durations.of(1, ChronoUnit.HOURS), "21600", Durations.of(6, ChronoUnit.HOURS));
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public UUID getChannelId() {
        return channelId;
    }

    public ChannelView getView() {
        return view;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getSlowMode() {
        return slowMode;
    }

    public void setSlowMode(String slowMode) {
        this.slowMode = slowMode;
    }

    public String getNewTarget() {
        return newTarget;
    }

    public void setNewTarget(String newTarget) {
        this.newTarget = newTarget;
    }

    public String getEditing() {
        return editing;
    }

    public Map<String, String> getStates() {
        return states;
    }

    public String getCheckMember() {
        return checkMember;
    }

    public void setCheckMember(String checkMember) {
        this.checkMember = checkMember;
    }

    public String getCheckPermission() {
        return checkPermission;
    }

    public void setCheckPermission(String checkPermission) {
        this.checkPermission = checkPermission;
    }

    public PermissionExplanation getExplanation() {
        return explanation;
    }
}
