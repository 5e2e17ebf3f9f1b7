package dev.parley.presence.control;

import java.util.Map;
import java.util.Set;

/**
 * The few atomic map operations presence needs from the data grid (JCache's), keyed by user id:
 * enough for a compare-and-set loop ({@link PresenceStates}) without entry processors, which
 * would have to ship Parley's classes to the grid's members.
 */
public interface PresenceGrid {

    String get(String key);

    Map<String, String> getAll(Set<String> keys);

    boolean putIfAbsent(String key, String value);

    boolean replace(String key, String expected, String value);

    boolean remove(String key, String expected);
}
