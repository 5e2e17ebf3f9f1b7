package dev.parley.moderation.control;

import dev.parley.permission.control.Permission;
import dev.parley.permission.control.ServerFacts;
import dev.parley.permission.control.ServerFacts.ChannelFact;
import java.util.Set;
import java.util.UUID;

/**
 * An enabled rule as the send path holds it in memory: compiled, with its exemptions as sets.
 * Who is never checked, as in Discord: the owner and members holding {@code ADMINISTRATOR} or
 * {@code MANAGE_SERVER} (both imply it), members holding an exempt role, and messages in an
 * exempt channel, in a thread of one, or in a channel of an exempt category.
 */
public record AutomodRule(UUID id, String name, boolean blocks, UUID alertChannelId, Set<UUID> exemptRoleIds,
        Set<UUID> exemptChannelIds, AutomodMatcher matcher) {

    public AutomodRule {
        exemptRoleIds = Set.copyOf(exemptRoleIds);
        exemptChannelIds = Set.copyOf(exemptChannelIds);
    }

    public static AutomodRule of(AutomodRuleView view) {
        return new AutomodRule(view.id(), view.name(), view.blocks(), view.alertChannelId(),
                Set.copyOf(view.exemptRoleIds()), Set.copyOf(view.exemptChannelIds()),
                AutomodMatcher.compile(view.keywords(), view.regexes()));
    }

    /** Whether the server's managers are spared every rule (owner, ADMINISTRATOR, MANAGE_SERVER). */
    public static boolean manages(ServerFacts facts, UUID authorId) {
        return Permission.MANAGE_SERVER.in(facts.serverPermissions(authorId));
    }

    /** Whether this rule checks the author's message in the channel (managers are asked about by {@link #manages}). */
    public boolean checks(ServerFacts facts, UUID authorId, ChannelFact channel) {
        if (!exemptRoleIds.isEmpty()) {
            for (UUID role : facts.rolesOf(authorId)) {
                if (exemptRoleIds.contains(role)) {
                    return false;
                }
            }
        }
        if (!exemptChannelIds.isEmpty()) {
            ChannelFact at = channel;
            for (int depth = 0; at != null && depth < 3; depth++) {
                if (exemptChannelIds.contains(at.id())) {
                    return false;
                }
                at = at.parentId() == null ? null : facts.channel(at.parentId()).orElse(null);
            }
        }
        return true;
    }

    public boolean matches(String content) {
        return matcher.matches(content);
    }
}
