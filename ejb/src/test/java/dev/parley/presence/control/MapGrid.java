package dev.parley.presence.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The data grid as a map, shared by the "instances" of a test; {@link #interfere} changes an entry between a read and a write. */
final class MapGrid implements PresenceGrid {

    final Map<String, String> map = new ConcurrentHashMap<>();
    /** run once before the next compare-and-set, as another instance would */
    Runnable interfere;

    @Override
    public String get(String key) {
        return map.get(key);
    }

    @Override
    public Map<String, String> getAll(Set<String> keys) {
        Map<String, String> found = new HashMap<>();
        keys.forEach(k -> {
            if (map.containsKey(k)) {
                found.put(k, map.get(k));
            }
        });
        return found;
    }

    private void meddle() {
        Runnable r = interfere;
        interfere = null;
        if (r != null) {
            r.run();
        }
    }

    @Override
    public boolean putIfAbsent(String key, String value) {
        meddle();
        return map.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean replace(String key, String expected, String value) {
        meddle();
        return map.replace(key, expected, value);
    }

    @Override
    public boolean remove(String key, String expected) {
        meddle();
        return map.remove(key, expected);
    }
}
