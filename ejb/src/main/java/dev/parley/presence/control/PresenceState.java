package dev.parley.presence.control;

/**
 * A user's presence as the data grid holds it, cluster-wide: how many live connections they have
 * (gateway sessions with a socket, open chat pages), the status they chose, and whether their page
 * saw no input for a while ({@code away}, which turns a chosen {@code online} into {@code idle}).
 * Stored as a short string so that the grid never needs Parley's classes.
 */
public record PresenceState(int connections, PresenceStatus chosen, boolean away) {

    public PresenceState {
        connections = Math.max(0, connections);
    }

    /** Nobody online: what a user without an entry in the grid is. */
    static PresenceState offline(PresenceStatus chosen) {
        return new PresenceState(0, chosen, false);
    }

    /** How others see the user: {@code offline} without a connection or when invisible. */
    public PresenceStatus visible() {
        if (connections == 0 || chosen == PresenceStatus.INVISIBLE) {
            return PresenceStatus.OFFLINE;
        }
        return own();
    }

    /** How the user sees themselves: as others do, except that invisible shows as such. */
    public PresenceStatus own() {
        if (connections == 0) {
            return PresenceStatus.OFFLINE;
        }
        return chosen == PresenceStatus.ONLINE && away ? PresenceStatus.IDLE : chosen;
    }

    PresenceState opened() {
        return new PresenceState(connections + 1, chosen, connections == 0 ? false : away);
    }

    PresenceState closed() {
        return new PresenceState(connections - 1, chosen, away);
    }

    PresenceState choose(PresenceStatus status) {
        return new PresenceState(connections, status, false);
    }

    PresenceState away(boolean isAway) {
        return new PresenceState(connections, chosen, isAway);
    }

    String encode() {
        return connections + "," + chosen.wire() + "," + (away ? "away" : "here");
    }

    static PresenceState decode(String text) {
        String[] parts = text.split(",", -1);
        try {
            return new PresenceState(Integer.parseInt(parts[0]), PresenceStatus.stored(parts[1]),
                    parts.length > 2 && parts[2].equals("away"));
        } catch (RuntimeException e) {
            return offline(PresenceStatus.ONLINE);
        }
    }
}
