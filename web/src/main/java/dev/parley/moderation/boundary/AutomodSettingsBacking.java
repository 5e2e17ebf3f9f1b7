package dev.parley.moderation.boundary;

import dev.parley.channel.control.ChannelService;
import dev.parley.channel.control.ChannelView;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.moderation.control.AutomodRuleRequest;
import dev.parley.moderation.control.AutomodRuleView;
import dev.parley.moderation.control.AutomodService;
import dev.parley.permission.control.RoleService;
import dev.parley.permission.control.RoleView;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.control.ParleyException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The auto-moderation tab of server settings ({@code settings.xhtml?tab=automod}): the server's
 * keyword rules in a table, and an editor to create or change one (name, words and phrases,
 * regular expressions, block or flag, alert channel, exempt roles and channels, enabled). The page
 * passes the server; {@link AutomodService} decides every action (MANAGE_SERVER) and checks every
 * field, and its refusals show on the field they name.
 */
@Named("automod")
@ViewScoped
public class AutomodSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String EDITOR = "automod-editor";

    @Inject
    AutomodService service;

    @Inject
    RoleService roleService;

    @Inject
    ChannelService channelService;

    @Inject
    SignedInUser me;

    private UUID serverId;
    private boolean open;
    private UUID editing;
    private String name;
    private String keywords;
    private String regexes;
    private String action = AutomodRuleView.BLOCK;
    private String alertChannelId;
    private boolean enabled = true;
    private Map<UUID, Boolean> exemptRoles = new HashMap<>();
    private Map<UUID, Boolean> exemptChannels = new HashMap<>();

    /** The server's rules, blocking ones first, as the service lists them (read once per request). */
    public List<AutomodRuleView> rules(UUID server) {
        return memo("rules", () -> service.list(me.id(), server));
    }

    /** The roles one may exempt, highest first (not {@code @everyone}: that would exempt everyone). */
    public List<RoleView> roles(UUID server) {
        return memo("roles", () -> roleService.list(me.id(), server).stream().filter(r -> !r.everyone())
                .sorted((a, b) -> Integer.compare(b.position(), a.position())).toList());
    }

    /** The server's channels (for exemptions), in display order. */
    public List<ChannelView> channels(UUID server) {
        return memo("channels", () -> channelService.list(me.id(), server));
    }

    /** The text channels an alert can go to. */
    public List<ChannelView> textChannels(UUID server) {
        return channels(server).stream().filter(c -> "text".equals(c.type())).toList();
    }

    /**
     * The alert channels to choose from, id to label. "No alerts" only while the rule has none: the
     * service keeps a rule's alert channel when a change gives none (a block rule may keep alerting).
     */
    public Map<String, String> alertChoices(UUID server) {
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        choices.put("", text("field.alert.none"));
        textChannels(server).forEach(c -> choices.put(c.id().toString(), "#" + c.name()));
        return choices;
    }

    public int maxRules() {
        return AutomodService.MAX_RULES;
    }

    public String actionLabel(AutomodRuleView rule) {
        return text(rule.blocks() ? "action.block.short" : "action.flag.short");
    }

    public String matches(AutomodRuleView rule) {
        return text("matches", rule.keywords().size(), rule.regexes().size());
    }

    /** The bundle's text {@code key} with its one argument, for the page (EL calls no varargs method reliably). */
    public String format(String key, Object arg) {
        return text(key, arg);
    }

    private static String text(String key, Object... args) {
        return AutomodForm.text(bundle(), key, args);
    }

    public void create(UUID server) {
        serverId = server;
        editing = null;
        name = "";
        keywords = "";
        regexes = "";
        action = AutomodRuleView.BLOCK;
        alertChannelId = null;
        enabled = true;
        exemptRoles = new HashMap<>();
        exemptChannels = new HashMap<>();
        open = true;
    }

    public void edit(UUID server, UUID ruleId) {
        rules(server).stream().filter(r -> r.id().equals(ruleId)).findFirst().ifPresent(rule -> {
            serverId = server;
            editing = rule.id();
            name = rule.name();
            keywords = AutomodForm.joined(rule.keywords());
            regexes = AutomodForm.joined(rule.regexes());
            action = rule.action();
            alertChannelId = rule.alertChannelId() == null ? null : rule.alertChannelId().toString();
            enabled = rule.enabled();
            exemptRoles = new HashMap<>();
            rule.exemptRoleIds().forEach(id -> exemptRoles.put(id, true));
            exemptChannels = new HashMap<>();
            rule.exemptChannelIds().forEach(id -> exemptChannels.put(id, true));
            open = true;
        });
    }

    public void save() {
        List<String> words = AutomodForm.lines(keywords);
        List<String> patterns = AutomodForm.lines(regexes);
        AutomodRuleRequest request = new AutomodRuleRequest(name, words, patterns, action,
                MemberActionsBacking.uuidOf(alertChannelId), chosen(exemptRoles), chosen(exemptChannels), enabled);
        try {
            AutomodRuleView saved = editing == null ? service.create(me.id(), serverId, request)
                    : service.update(me.id(), serverId, editing, request, java.util.Set.of("alertChannelId"));
            forget("rules");
            open = false;
            editing = null;
            notice(FacesMessage.SEVERITY_INFO, text("saved", saved.name()));
        } catch (ParleyException e) {
            refused(e, words, patterns);
        }
    }

    public void cancel() {
        open = false;
        editing = null;
    }

    public void delete(UUID server, UUID ruleId) {
        String ruleName = rules(server).stream().filter(r -> r.id().equals(ruleId)).map(AutomodRuleView::name)
                .findFirst().orElse("");
        try {
            service.delete(me.id(), server, ruleId);
            forget("rules");
            if (ruleId.equals(editing)) {
                cancel();
            }
            notice(FacesMessage.SEVERITY_INFO, text("deleted", ruleName));
        } catch (ParleyException e) {
            refused(e, List.of(), List.of());
        }
    }

    private void refused(ParleyException e, List<String> words, List<String> patterns) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e.fields().isEmpty()) {
            notice(FacesMessage.SEVERITY_ERROR, PageMessages.text(e));
        } else {
            AutomodForm.messages(e.fields(), words, patterns, bundle()).forEach((input, text) -> faces.addMessage(
                    input.equals(AutomodForm.ELSEWHERE) ? null : EDITOR + ":" + input,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
        }
        faces.validationFailed();
    }

    private static void notice(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static List<UUID> chosen(Map<UUID, Boolean> choices) {
        List<UUID> ids = new ArrayList<>();
        choices.forEach((id, on) -> {
            if (Boolean.TRUE.equals(on) && id != null) {
                ids.add(id);
            }
        });
        ids.sort(null);
        return ids;
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        return AutomodForm.bundle(locale);
    }

    /** The tab's title in the page's language, for the settings page's navigation. */
    public static String tabTitle() {
        return AutomodForm.text(bundle(), "tab.title");
    }

    @SuppressWarnings("unchecked")
    private static <T> T memo(String key, Supplier<T> load) {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        String k = "automod." + key;
        if (!request.containsKey(k)) {
            try {
                request.put(k, load.get());
            } catch (ParleyException e) {
                request.put(k, List.of());
            }
        }
        return (T) request.get(k);
    }

    private static void forget(String key) {
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().remove("automod." + key);
    }

    // ---------- accessors

    public boolean isOpen() {
        return open;
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getRegexes() {
        return regexes;
    }

    public void setRegexes(String regexes) {
        this.regexes = regexes;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getAlertChannelId() {
        return alertChannelId;
    }

    public void setAlertChannelId(String alertChannelId) {
        this.alertChannelId = alertChannelId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Map<UUID, Boolean> getExemptRoles() {
        return exemptRoles;
    }

    public Map<UUID, Boolean> getExemptChannels() {
        return exemptChannels;
    }
}
