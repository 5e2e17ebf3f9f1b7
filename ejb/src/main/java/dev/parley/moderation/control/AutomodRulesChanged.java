package dev.parley.moderation.control;

import java.util.UUID;

/**
 * A server's auto-moderation rules changed. Fired inside the transaction that changed them;
 * {@link AutomodRules} drops the server's compiled rules once it commits, here and on every other
 * instance.
 */
public record AutomodRulesChanged(UUID serverId) {
}
