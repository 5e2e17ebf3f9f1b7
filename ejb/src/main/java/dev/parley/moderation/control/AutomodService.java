package dev.parley.moderation.control;

import dev.parley.channel.entity.ChannelType;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.permission.control.ServerFacts;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.ConflictException;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.NotFoundException;
import dev.parley.platform.control.Texts;
import dev.parley.platform.entity.Ids;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A server's keyword auto-moderation rules: list, create, change, delete. Needs
 * {@code MANAGE_SERVER}; a server the caller is not a member of, or another server's rule, is not
 * found. Every change is audit-logged ({@value #RULE_CREATE}, {@value #RULE_UPDATE},
 * {@value #RULE_DELETE}) and reaches the send path of every instance once it commits.
 */
@Stateless
public class AutomodService {

    public static final String RULE_CREATE = "automod.rule.create";
    public static final String RULE_UPDATE = "automod.rule.update";
    public static final String RULE_DELETE = "automod.rule.delete";
    public static final int MAX_RULES = 10;
    private static final String TARGET = "automod_rule";

    @Inject
    PermissionPolicy policy;

    @Inject
    AutomodStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Inputs inputs;

    @Inject
    Clock clock;

    @Inject
    Event<AutomodRulesChanged> changed;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AutomodRuleView> list(UUID userId, UUID serverId) {
        policy.requireInServer(userId, serverId, Permission.MANAGE_SERVER);
        return store.ofServer(serverId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AutomodRuleView get(UUID userId, UUID serverId, UUID ruleId) {
        policy.requireInServer(userId, serverId, Permission.MANAGE_SERVER);
        return rule(serverId, ruleId);
    }

    public AutomodRuleView create(UUID userId, UUID serverId, AutomodRuleRequest request) {
        ServerFacts facts = policy.requireInServer(userId, serverId, Permission.MANAGE_SERVER);
        inputs.check(request);
        Map<String, String> problems = new TreeMap<>();
        if (request.name() == null || Texts.isBlank(request.name())) {
            problems.put("name", Texts.BLANK);
        }
        if (request.action() == null) {
            problems.put("action", "must be block or flag");
        }
        Instant now = clock.now().truncatedTo(ChronoUnit.MICROS);
        AutomodRuleView rule = checked(facts, new AutomodRuleView(Ids.next(), serverId,
                request.name() == null ? "" : request.name().strip(), texts(request.keywords(), List.of()),
                texts(request.regexes(), List.of()), request.action() == null ? AutomodRuleView.BLOCK : request.action(),
                request.alertChannelId(), ids(request.exemptRoleIds(), List.of()), ids(request.exemptChannelIds(), List.of()),
                request.enabled() == null || request.enabled(), userId, now, now), problems);
        store.lockServer(serverId);
        if (store.ofServer(serverId).size() >= MAX_RULES) {
            throw new ConflictException("This server has " + MAX_RULES
                    + " auto-moderation rules, the most it can have; delete one first.");
        }
        store.insert(rule);
        audit.record(AuditRecord.of(serverId, userId, RULE_CREATE, TARGET, rule.id(), null, rule.audited()));
        changed.fire(new AutomodRulesChanged(serverId));
        return rule;
    }

    /** Changes the fields the request gives (not null); the others stay. */
    public AutomodRuleView update(UUID userId, UUID serverId, UUID ruleId, AutomodRuleRequest request) {
        return update(userId, serverId, ruleId, request, java.util.Set.of());
    }

    /**
     * Changes the fields the request gives; the others stay, except that {@code alertChannelId} named in
     * {@code given} with no value removes the rule's alert channel (a flag rule still needs one).
     */
    public AutomodRuleView update(UUID userId, UUID serverId, UUID ruleId, AutomodRuleRequest request,
            java.util.Set<String> given) {
        boolean noAlert = request.alertChannelId() == null && given.contains("alertChannelId");
        ServerFacts facts = policy.requireInServer(userId, serverId, Permission.MANAGE_SERVER);
        inputs.check(request);
        AutomodRuleView old = rule(serverId, ruleId);
        Map<String, String> problems = new TreeMap<>();
        if (request.name() != null && Texts.isBlank(request.name())) {
            problems.put("name", Texts.BLANK);
        }
        AutomodRuleView rule = checked(facts, new AutomodRuleView(old.id(), serverId,
                request.name() == null ? old.name() : request.name().strip(),
                texts(request.keywords(), old.keywords()), texts(request.regexes(), old.regexes()),
                request.action() == null ? old.action() : request.action(),
                noAlert ? null : request.alertChannelId() == null ? old.alertChannelId() : request.alertChannelId(),
                ids(request.exemptRoleIds(), old.exemptRoleIds()), ids(request.exemptChannelIds(), old.exemptChannelIds()),
                request.enabled() == null ? old.enabled() : request.enabled(), old.createdBy(), old.createdAt(),
                clock.now().truncatedTo(ChronoUnit.MICROS)), problems);
        store.update(rule);
        audit.record(AuditRecord.of(serverId, userId, RULE_UPDATE, TARGET, rule.id(), old.audited(), rule.audited()));
        changed.fire(new AutomodRulesChanged(serverId));
        return rule;
    }

    public void delete(UUID userId, UUID serverId, UUID ruleId) {
        policy.requireInServer(userId, serverId, Permission.MANAGE_SERVER);
        AutomodRuleView old = rule(serverId, ruleId);
        store.delete(ruleId);
        audit.record(AuditRecord.of(serverId, userId, RULE_DELETE, TARGET, ruleId, old.audited(), null));
        changed.fire(new AutomodRulesChanged(serverId));
    }

    private AutomodRuleView rule(UUID serverId, UUID ruleId) {
        return store.find(ruleId).filter(r -> r.serverId().equals(serverId))
                .orElseThrow(() -> new NotFoundException("This server has no such auto-moderation rule."));
    }

    /**
     * The rule with its lists cleaned (stripped, without repeats), or a 400 naming each field that
     * is wrong, {@code problems} (found by the caller) included.
     */
    static AutomodRuleView checked(ServerFacts facts, AutomodRuleView rule, Map<String, String> problems) {
        List<String> keywords = rule.keywords().stream().map(String::strip).toList();
        if (keywords.size() > AutomodMatcher.MAX_KEYWORDS) {
            problems.put("keywords", "must have at most " + AutomodMatcher.MAX_KEYWORDS + " entries");
        } else {
            for (int i = 0; i < keywords.size(); i++) {
                String k = keywords.get(i);
                int at = i;
                Texts.problemOf(k).or(() -> AutomodMatcher.keywordProblem(k))
                        .ifPresent(p -> problems.put("keywords[" + at + "]", p));
            }
        }
        List<String> regexes = rule.regexes();
        if (regexes.size() > AutomodMatcher.MAX_REGEXES) {
            problems.put("regexes", "must have at most " + AutomodMatcher.MAX_REGEXES + " entries");
        } else {
            for (int i = 0; i < regexes.size(); i++) {
                String r = regexes.get(i);
                int at = i;
                Texts.problemOf(r).or(() -> AutomodMatcher.regexProblem(r))
                        .ifPresent(p -> problems.put("regexes[" + at + "]", p));
            }
        }
        if (keywords.isEmpty() && regexes.isEmpty() && !problems.containsKey("keywords")) {
            problems.put("keywords", "give at least one keyword or regex");
        }
        if (!AutomodRuleView.BLOCK.equals(rule.action()) && !AutomodRuleView.FLAG.equals(rule.action())) {
            problems.put("action", "must be block or flag");
        }
        if (rule.alertChannelId() != null && facts.channel(rule.alertChannelId())
                .filter(c -> c.type() == ChannelType.TEXT).isEmpty()) {
            problems.put("alertChannelId", "is not a text channel of this server");
        } else if (rule.alertChannelId() == null && AutomodRuleView.FLAG.equals(rule.action())) {
            problems.put("alertChannelId", "is required when the action is flag");
        }
        List<UUID> roles = List.copyOf(new LinkedHashSet<>(rule.exemptRoleIds()));
        for (int i = 0; i < roles.size(); i++) {
            if (!facts.hasRole(roles.get(i))) {
                problems.put("exemptRoleIds[" + i + "]", "is not a role of this server");
            }
        }
        List<UUID> channels = List.copyOf(new LinkedHashSet<>(rule.exemptChannelIds()));
        for (int i = 0; i < channels.size(); i++) {
            if (facts.channel(channels.get(i)).filter(c -> c.type() != ChannelType.DM).isEmpty()) {
                problems.put("exemptChannelIds[" + i + "]", "is not a channel of this server");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some fields are not valid.", problems);
        }
        return new AutomodRuleView(rule.id(), rule.serverId(), rule.name(), distinct(keywords), distinct(regexes),
                rule.action(),
                rule.alertChannelId(), roles, channels, rule.enabled(), rule.createdBy(), rule.createdAt(),
                rule.updatedAt());
    }

    /** The given texts (a null entry as an empty text, refused as such), or the old ones when none are given. */
    private static List<String> texts(List<String> given, List<String> old) {
        return given == null ? old : given.stream().map(t -> t == null ? "" : t).toList();
    }

    /** The given ids (without null entries), or the old ones when none are given. */
    private static List<UUID> ids(List<UUID> given, List<UUID> old) {
        return given == null ? old : given.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static <T> List<T> distinct(List<T> list) {
        return List.copyOf(new LinkedHashSet<>(list));
    }
}
