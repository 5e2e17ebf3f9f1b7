package dev.parley.presence.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Every user's {@link PresenceState} in the data grid, changed by compare-and-set so that two
 * instances counting the same user's connections at once both count. A user with no connection
 * has no entry (the grid does not grow with everyone who ever signed in); their chosen status is
 * then read from where it is kept ({@code users.chosen_status}) when they come back.
 */
public final class PresenceStates {

    /** A change, as it was before and after. */
    public record Change(PresenceState before, PresenceState after) {

        /** Whether others see a different status now. */
        public boolean visibleChanged() {
            return before.visible() != after.visible();
        }

        /** Whether the user sees a different status now. */
        public boolean ownChanged() {
            return before.own() != after.own();
        }
    }

    private final PresenceGrid grid;

    public PresenceStates(PresenceGrid grid) {
        this.grid = grid;
    }

    /** The user's state now; {@code chosen} is asked only when they have no entry. */
    public PresenceState get(UUID user, Supplier<PresenceStatus> chosen) {
        String text = grid.get(user.toString());
        return text == null ? PresenceState.offline(chosen.get()) : PresenceState.decode(text);
    }

    /** The states of those who have a connection; the others are offline. */
    public Map<UUID, PresenceState> online(Collection<UUID> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        Set<String> keys = users.stream().map(UUID::toString).collect(Collectors.toSet());
        Map<UUID, PresenceState> states = new HashMap<>();
        grid.getAll(keys).forEach((k, v) -> states.put(UUID.fromString(k), PresenceState.decode(v)));
        return states;
    }

    /**
     * Applies {@code change} atomically. With no entry the user starts from offline with the status
     * {@code chosen} gives; with {@code onlyIfOnline} nothing happens then. A state left without
     * connections is removed.
     */
    public Change update(UUID user, UnaryOperator<PresenceState> change, Supplier<PresenceStatus> chosen,
            boolean onlyIfOnline) {
        String key = user.toString();
        PresenceStatus fallback = null;
        while (true) {
            String current = grid.get(key);
            if (current == null) {
                if (fallback == null) {
                    fallback = chosen.get();
                }
                PresenceState before = PresenceState.offline(fallback);
                if (onlyIfOnline) {
                    return new Change(before, before);
                }
                PresenceState after = change.apply(before);
                if (after.connections() == 0 || grid.putIfAbsent(key, after.encode())) {
                    return new Change(before, after);
                }
                continue;
            }
            PresenceState before = PresenceState.decode(current);
            PresenceState after = change.apply(before);
            boolean done = after.connections() == 0 ? grid.remove(key, current)
                    : after.encode().equals(current) || grid.replace(key, current, after.encode());
            if (done) {
                return new Change(before, after);
            }
        }
    }
}
