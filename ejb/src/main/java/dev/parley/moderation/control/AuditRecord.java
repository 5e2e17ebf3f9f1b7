package dev.parley.moderation.control;

import java.util.Map;
import java.util.UUID;

/**
 * One action for the audit log: who did it, what (a stable action name such as
 * {@code role.update}, defined by the room that acts), on what, the fields before and after (names
 * to plain values: strings, numbers, booleans, lists of them; null maps for none) and the reason
 * the actor gave.
 */
public record AuditRecord(UUID serverId, UUID actorId, String action, String targetType, String targetId,
        Map<String, Object> before, Map<String, Object> after, String reason) {

    /** Without a reason. */
    public static AuditRecord of(UUID serverId, UUID actorId, String action, String targetType, Object targetId,
            Map<String, Object> before, Map<String, Object> after) {
        return new AuditRecord(serverId, actorId, action, targetType, targetId == null ? null : targetId.toString(),
                before, after, null);
    }

    public AuditRecord withReason(String why) {
        return new AuditRecord(serverId, actorId, action, targetType, targetId, before, after, why);
    }
}
