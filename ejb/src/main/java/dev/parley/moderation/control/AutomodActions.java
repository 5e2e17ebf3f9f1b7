package dev.parley.moderation.control;

import dev.parley.message.control.MessagePosted;
import dev.parley.message.control.MessageView;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What auto-moderation writes when a rule blocks or flags a message: an audit entry
 * ({@value #BLOCK} or {@value #FLAG}; the member is the actor and the target, as in Discord's log)
 * and an alert in the rule's alert channel, if it has one that is still a text channel of the
 * server. The alert is a message without an author, of type {@value AutomodStore#ALERT_MESSAGE_TYPE},
 * delivered live like any other once stored. Both are written in a transaction of their own, on
 * the container's asynchronous thread: the send path has no transaction and must not wait.
 */
@Stateless
public class AutomodActions {

    private static final Logger LOG = Logger.getLogger(AutomodActions.class.getName());

    public static final String BLOCK = "automod.block";
    public static final String FLAG = "automod.flag";
    public static final int EXCERPT_LENGTH = 200;

    @Inject
    AuditTrail audit;

    @Inject
    AutomodStore store;

    @Inject
    Event<MessagePosted> posted;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void blocked(UUID serverId, UUID ruleId, String ruleName, UUID authorId, UUID channelId, String content) {
        act(BLOCK, "blocked", serverId, ruleId, ruleName, authorId, channelId, null, content);
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void flagged(UUID serverId, UUID ruleId, String ruleName, UUID authorId, UUID channelId, UUID messageId,
            String content) {
        act(FLAG, "flagged", serverId, ruleId, ruleName, authorId, channelId, messageId, content);
    }

    private void act(String action, String verb, UUID serverId, UUID ruleId, String ruleName, UUID authorId,
            UUID channelId, UUID messageId, String content) {
        String excerpt = excerpt(content);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("rule", ruleName);
        after.put("ruleId", ruleId.toString());
        after.put("channelId", channelId.toString());
        if (messageId != null) {
            after.put("messageId", messageId.toString());
        }
        after.put("content", excerpt);
        audit.record(AuditRecord.of(serverId, authorId, action, "user", authorId, null, after));
        UUID alertChannel = store.find(ruleId).map(AutomodRuleView::alertChannelId).orElse(null);
        if (alertChannel == null || store.textChannelName(serverId, alertChannel).isEmpty()) {
            return;
        }
        String text = alertText(verb, store.userName(authorId).orElse("a former member"),
                store.channelName(channelId).orElse("a deleted channel"), ruleName, excerpt);
        try {
            UUID id = store.insertAlert(alertChannel, text);
            Instant at = Instant.ofEpochMilli(dev.parley.platform.entity.Ids.millisOf(id));
            posted.fire(new MessagePosted(new MessageView(id, alertChannel, null, text,
                    AutomodStore.ALERT_MESSAGE_TYPE, false, null, at, null), serverId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "an auto-moderation alert could not be posted", e);
            throw e;
        }
    }

    /** The alert's text: who, where, which rule, and what they wrote (on one line). */
    static String alertText(String verb, String who, String channelName, String ruleName, String excerpt) {
        return "AutoMod " + verb + " a message by " + who + " in #" + channelName + " (rule \"" + ruleName + "\"):\n> "
                + excerpt;
    }

    /** The content on one line, at most {@value #EXCERPT_LENGTH} characters, never cut inside a character. */
    static String excerpt(String content) {
        String line = content == null ? "" : content.replaceAll("\\s+", " ").strip();
        if (line.length() <= EXCERPT_LENGTH) {
            return line;
        }
        int end = EXCERPT_LENGTH - 1;
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end) + "…";
    }
}
