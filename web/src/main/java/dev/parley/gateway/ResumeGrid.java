package dev.parley.gateway;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the gateway's resume state lives so that any instance can read it: event bodies by
 * stream position, and one {@link ResumeRecord} per session. Keys are strings and values bytes,
 * so the grid never needs the application's classes. {@link JCacheResumeGrid} is Payara's
 * Hazelcast data grid; {@link #NONE} keeps nothing (a server without a grid resumes from memory).
 */
interface ResumeGrid {

    void putEvents(Map<String, byte[]> bodies);

    /** The bodies of those keys still held; an expired one is absent. */
    Map<String, byte[]> events(Set<String> keys);

    void putSessions(Map<String, byte[]> records);

    Optional<byte[]> session(String sessionId);

    void removeSession(String sessionId);

    /** A grid that holds nothing: resume only from the instance's memory. */
    ResumeGrid NONE = new ResumeGrid() {
        @Override
        public void putEvents(Map<String, byte[]> bodies) {
        }

        @Override
        public Map<String, byte[]> events(Set<String> keys) {
            return Map.of();
        }

        @Override
        public void putSessions(Map<String, byte[]> records) {
        }

        @Override
        public Optional<byte[]> session(String sessionId) {
            return Optional.empty();
        }

        @Override
        public void removeSession(String sessionId) {
        }
    };
}
