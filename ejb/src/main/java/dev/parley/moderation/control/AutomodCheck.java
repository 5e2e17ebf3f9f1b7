package dev.parley.moderation.control;

import dev.parley.message.control.MessagePosted;
import dev.parley.message.control.MessageView;
import dev.parley.message.control.SendCheck;
import dev.parley.permission.control.PermissionCache;
import dev.parley.permission.control.ServerFacts;
import dev.parley.permission.control.ServerFacts.ChannelFact;
import dev.parley.platform.control.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Keyword auto-moderation on the send path, from memory only (the server's compiled rules and its
 * permission facts). A message matching a {@code block} rule is refused with a sentence naming the
 * rule, never its pattern; one matching only {@code flag} rules is stored, and once it is, each
 * such rule raises an alert. What is written about it (the audit entry, the alert message) is
 * written by {@link AutomodActions} on a thread of its own, so a send never waits for it.
 */
@ApplicationScoped
public class AutomodCheck implements SendCheck {

    @Inject
    AutomodRules rules;

    @Inject
    PermissionCache permissions;

    @Inject
    AutomodActions actions;

    public AutomodCheck() {
    }

    /** For unit tests. */
    AutomodCheck(AutomodRules rules, PermissionCache permissions, AutomodActions actions) {
        this.rules = rules;
        this.permissions = permissions;
        this.actions = actions;
    }

    /** The sentence a blocked author reads. */
    public static String blockedSentence(String ruleName) {
        return "Your message was blocked by this server's rule \"" + ruleName + "\".";
    }

    @Override
    public void check(UUID authorId, ChannelFact channel, String content) {
        if (channel.serverId() == null) {
            return; // a direct message: no server's rules
        }
        List<AutomodRule> serverRules = rules.of(channel.serverId());
        if (serverRules.isEmpty() || !serverRules.get(0).blocks()) {
            return; // blocking rules come first: none here
        }
        ServerFacts facts = permissions.server(channel.serverId()).orElse(null);
        if (facts == null || AutomodRule.manages(facts, authorId)) {
            return;
        }
        for (AutomodRule rule : serverRules) {
            if (!rule.blocks()) {
                return;
            }
            if (rule.checks(facts, authorId, channel) && rule.matches(content)) {
                actions.blocked(channel.serverId(), rule.id(), rule.name(), authorId, channel.id(), content);
                throw new ForbiddenException(blockedSentence(rule.name()));
            }
        }
    }

    /** After a message is stored: the flag rules it matches raise their alerts. */
    void onPosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted posted) {
        MessageView message = posted.message();
        if (posted.serverId() == null || message.author() == null || message.content() == null) {
            return; // a direct message, or an alert (which has no author)
        }
        List<AutomodRule> serverRules = rules.of(posted.serverId());
        if (serverRules.isEmpty() || serverRules.get(serverRules.size() - 1).blocks()) {
            return; // flagging rules come last: none here
        }
        ServerFacts facts = permissions.server(posted.serverId()).orElse(null);
        UUID authorId = message.author().id();
        ChannelFact channel = facts == null ? null : facts.channel(message.channelId()).orElse(null);
        if (channel == null || AutomodRule.manages(facts, authorId)) {
            return;
        }
        for (AutomodRule rule : serverRules) {
            if (!rule.blocks() && rule.checks(facts, authorId, channel) && rule.matches(message.content())) {
                actions.flagged(posted.serverId(), rule.id(), rule.name(), authorId, channel.id(), message.id(),
                        message.content());
            }
        }
    }
}
