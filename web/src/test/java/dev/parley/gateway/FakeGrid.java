package dev.parley.gateway;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A data grid in a map, shared by the "instances" of a test; it counts writes so a test can see what fan-out costs. */
final class FakeGrid implements ResumeGrid {

    final Map<String, byte[]> events = new ConcurrentHashMap<>();
    final Map<String, byte[]> sessions = new ConcurrentHashMap<>();
    int eventBatches;
    int sessionBatches;

    @Override
    public synchronized void putEvents(Map<String, byte[]> bodies) {
        eventBatches++;
        events.putAll(bodies);
    }

    @Override
    public Map<String, byte[]> events(Set<String> keys) {
        Map<String, byte[]> found = new HashMap<>();
        for (String k : keys) {
            byte[] v = events.get(k);
            if (v != null) {
                found.put(k, v);
            }
        }
        return found;
    }

    @Override
    public synchronized void putSessions(Map<String, byte[]> records) {
        sessionBatches++;
        sessions.putAll(records);
    }

    @Override
    public Optional<byte[]> session(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public void removeSession(String sessionId) {
        sessions.remove(sessionId);
    }
}
