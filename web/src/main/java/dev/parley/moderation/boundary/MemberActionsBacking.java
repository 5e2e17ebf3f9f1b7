package dev.parley.moderation.boundary;

import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.MemberView;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.moderation.control.BanRequest;
import dev.parley.moderation.control.MemberUpdate;
import dev.parley.moderation.control.ModerationReason;
import dev.parley.moderation.control.ModerationService;
import dev.parley.permission.control.ExplainService;
import dev.parley.permission.control.PermissionCache;
import dev.parley.permission.control.PermissionExplanation;
import dev.parley.permission.control.RoleService;
import dev.parley.permission.control.RoleView;
import dev.parley.permission.control.ServerFacts;
import dev.parley.permission.boundary.ExplanationTexts;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The member actions dialog, on the chat page's member list and the settings page's member table:
 * kick, ban, time out, roles, nickname and "why can't … post here?". It offers what
 * {@link MemberRights} allows; every action is decided again by the services, whose refusals show
 * as sentences in the dialog. Its words are in {@code i18n/members*.properties}, in the page's language.
 */
@Named("memberActions")
@ViewScoped
public class MemberActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The words of the dialog. */
    public static final String BUNDLE = "i18n.members";

    @Inject
    GuildService guilds;

    @Inject
    ModerationService moderation;

    @Inject
    RoleService roleService;

    @Inject
    ExplainService explainer;

    @Inject
    PermissionCache cache;

    @Inject
    SignedInUser me;

    private UUID serverId;
    private UUID channelId;
    private UUID targetId;
    private String mode = "menu";
    private String reason;
    private String deleteSeconds = "0";
    private String timeoutSeconds = "600";
    private String nick;
    private transient MemberView target;
    private transient PermissionExplanation explanation;

    /** Opened from the chat page's member list (its script sends {@code server}, {@code channel}, {@code user}). */
    public void openFromPage() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        open(uuid(params.get("server")), uuid(params.get("channel")), uuid(params.get("user")));
    }

    /** Opened for a member of a server; {@code channel} (may be null) is where "why can't … post here" asks. */
    public void open(UUID server, UUID channel, UUID user) {
        serverId = server;
        channelId = channel;
        targetId = user;
        mode = "menu";
        reason = null;
        deleteSeconds = "0";
        timeoutSeconds = "600";
        explanation = null;
        target = null;
        if (server == null || user == null) {
            PageMessages.show(text("notMember"));
            return;
        }
        try {
            target = guilds.member(me.id(), server, user);
            nick = target.nick();
        } catch (ParleyException e) {
            PageMessages.show(e, "member-actions-form", Set.of());
        }
    }

    /** Shows one action's part of the dialog: ban, timeout, roles, nick, explain, or the menu. */
    public void show(String part) {
        mode = part;
        if ("explain".equals(part)) {
            explain();
        }
    }

    public void kick() {
        act(() -> moderation.kick(me.id(), serverId, targetId, new ModerationReason(reason)));
    }

    public void ban() {
        act(() -> moderation.ban(me.id(), serverId, targetId,
                new BanRequest(reason, Integer.parseInt(deleteSeconds)), null));
    }

    public void timeout() {
        act(() -> moderation.update(me.id(), serverId, targetId, new MemberUpdate(true,
                Instant.now().plusSeconds(Long.parseLong(timeoutSeconds)), false, null), new ModerationReason(reason)));
    }

    public void removeTimeout() {
        act(() -> moderation.update(me.id(), serverId, targetId, new MemberUpdate(true, null, false, null),
                new ModerationReason(reason)));
    }

    public void saveNick() {
        act(() -> moderation.update(me.id(), serverId, targetId, new MemberUpdate(false, null, true, nick), null));
    }

    /** Gives the role, or takes it when the member holds it; the dialog stays open on the roles. */
    public void toggleRole(UUID roleId) {
        try {
            if (holds(roleId)) {
                roleService.unassign(me.id(), serverId, targetId, roleId);
            } else {
                roleService.assign(me.id(), serverId, targetId, roleId);
            }
            target = guilds.member(me.id(), serverId, targetId);
        } catch (ParleyException e) {
            PageMessages.show(e, "member-actions-form", Set.of());
        }
    }

    private void explain() {
        try {
            explanation = explainer.explain(me.id(), channelId, targetId, "SEND_MESSAGES");
        } catch (ParleyException e) {
            PageMessages.show(e, "member-actions-form", Set.of());
        }
    }

    /** Runs an action that ends the dialog: on success the page is told {@code done}. */
    private void act(Runnable action) {
        try {
            action.run();
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("done", true);
        } catch (ParleyException e) {
            PageMessages.show(e, "member-actions-form", Set.of("nick"));
        } catch (NumberFormatException e) {
            PageMessages.show(text("timeout.pick"));
        }
    }

    /** What the reader may do to the member in the dialog. */
    public MemberRights getRights() {
        return rightsOn(targetId);
    }

    /** What the reader may do to a member (for the "⋯" buttons of a list). */
    public MemberRights rightsOn(UUID server, UUID channel, UUID user) {
        Optional<ServerFacts> facts = server == null ? Optional.empty() : cache.server(server);
        return facts.map(f -> MemberRights.of(f, me.id(), user, channel, Instant.now())).orElse(MemberRights.NONE);
    }

    private MemberRights rightsOn(UUID user) {
        return user == null ? MemberRights.NONE : rightsOn(serverId, channelId, user);
    }

    /** The server's roles the reader may give or take, highest first. */
    public List<RoleView> getAssignableRoles() {
        if (serverId == null || !getRights().roles()) {
            return List.of();
        }
        ServerFacts facts = cache.server(serverId).orElse(null);
        if (facts == null) {
            return List.of();
        }
        try {
            return roleService.list(me.id(), serverId).stream().filter(r -> !r.everyone())
                    .filter(r -> facts.outranksRole(me.id(), r.id()))
                    .sorted((a, b) -> Integer.compare(b.position(), a.position())).toList();
        } catch (ParleyException e) {
            return List.of();
        }
    }

    public boolean holds(UUID roleId) {
        MemberView m = getTarget();
        return m != null && m.roles().contains(roleId);
    }

    public MemberView getTarget() {
        if (target == null && serverId != null && targetId != null) {
            try {
                target = guilds.member(me.id(), serverId, targetId);
            } catch (ParleyException e) {
                return null;
            }
        }
        return target;
    }

    /** The member's name as the others see it: nickname, display name or username. */
    public String getName() {
        MemberView m = getTarget();
        return m == null ? "" : nameOf(m);
    }

    public static String nameOf(MemberView m) {
        if (m.nick() != null && !m.nick().isBlank()) {
            return m.nick();
        }
        return m.user().displayName() != null && !m.user().displayName().isBlank() ? m.user().displayName()
                : m.user().username();
    }

    public boolean isSelf() {
        return targetId != null && targetId.equals(me.id());
    }

    public boolean isTimedOut() {
        MemberView m = getTarget();
        return m != null && m.timeoutUntil() != null && m.timeoutUntil().toInstant().isAfter(Instant.now());
    }

    public PermissionExplanation getExplanation() {
        return explanation;
    }

    /** The explanation's steps as sentences in the page's language. */
    public List<ExplanationTexts.Line> getExplanationSteps() {
        if (explanation == null) {
            return List.of();
        }
        MemberView m = getTarget();
        return ExplanationTexts.forPage().steps(explanation, getName(), m == null ? null : m.timeoutUntil());
    }

    /** The time-out lengths offered, in seconds, and their words. */
    public Map<String, String> getTimeouts() {
        return orderedMap("60", Durations.of(60, ChronoUnit.SECONDS), "300", Durations.of(5, ChronoUnit.MINUTES),
                "600", Durations.of(10, ChronoUnit.MINUTES), "3600", Durations.of(1, ChronoUnit.HOURS),
                "86400", Durations.of(1, ChronoUnit.DAYS), "604800", Durations.of(1, ChronoUnit.WEEKS));
    }

    /** How far back a ban deletes the member's messages, in seconds, and their words. */
    public Map<String, String> getBanDeletes() {
        return orderedMap("0", text("ban.delete.none"), "3600", text("ban.delete.hour"), "86400", text("ban.delete.day"),
                "604800", text("ban.delete.week"));
    }

    /** A text of the dialog with one argument, for an attribute ("Why can't {0} post here?"). */
    public String format(String key, Object arg) {
        return text(key, arg);
    }

    private static String text(String key, Object... args) {
        return UiTexts.text(BUNDLE, key, args);
    }

    public String getMode() {
        return mode;
    }

    public UUID getChannelId() {
        return channelId;
    }

    public UUID getTargetId() {
        return targetId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDeleteSeconds() {
        return deleteSeconds;
    }

    public void setDeleteSeconds(String deleteSeconds) {
        this.deleteSeconds = deleteSeconds;
    }

    public String getTimeoutSeconds() {
        return timeoutSeconds;
    }

    public void setTimeoutSeconds(String timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    public String getNick() {
        return nick;
    }

    public void setNick(String nick) {
        this.nick = nick;
    }

    /** The id a page parameter names, or null for none or a malformed one. */
    public static UUID uuidOf(String text) {
        return uuid(text);
    }

    static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A map that keeps the order given (for the select boxes), as label by value. */
    public static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
