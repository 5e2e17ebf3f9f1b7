package dev.parley.presence.control;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Presence changes waiting to be announced, per scope (server or conversation): the latest status
 * of each user who changed since the scope's last announcement. When many people come online at
 * once (a morning, a restart, 5,000 members reconnecting) one announcement per scope and window
 * carries them all, so a burst costs one frame per member of the scope, not one per member per
 * change.
 */
final class PresenceBatches {

    private final Map<UUID, Map<UUID, String>> pending = new HashMap<>();

    /**
     * Notes the user's status in the scope; true when the scope had nothing waiting, so the caller
     * schedules its announcement (a later change in the window replaces this one's status).
     */
    synchronized boolean add(UUID scope, UUID userId, String status) {
        Map<UUID, String> waiting = pending.get(scope);
        if (waiting == null) {
            waiting = new LinkedHashMap<>();
            pending.put(scope, waiting);
            waiting.put(userId, status);
            return true;
        }
        waiting.put(userId, status);
        return false;
    }

    /** What waits for the scope, in the order the users first changed, and nothing waits any more. */
    synchronized Map<UUID, String> take(UUID scope) {
        Map<UUID, String> waiting = pending.remove(scope);
        return waiting == null ? Map.of() : waiting;
    }
}
