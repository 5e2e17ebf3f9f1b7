package dev.parley.channel.control;

import dev.parley.channel.entity.ChannelType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Where a channel may be put, decided over the server's channels (id to type): the rules the
 * channel API shares between a change to one channel and a bulk reorder. No I/O.
 */
final class ChannelRules {

    static final int MAX_POSITION = 1_000_000;
    static final int MAX_MOVES = 500;

    private ChannelRules() {
    }

    /** What is wrong with putting a channel of {@code type} under {@code parentId} (null: the top level). */
    static Optional<String> parentProblem(ChannelType type, UUID parentId, Map<UUID, ChannelType> server) {
        if (parentId == null) {
            return Optional.empty();
        }
        if (type == ChannelType.CATEGORY) {
            return Optional.of("must be empty for a category");
        }
        if (server.get(parentId) != ChannelType.CATEGORY) {
            return Optional.of("must be a category of this server");
        }
        return Optional.empty();
    }

    /** The problems of a bulk reorder by field ({@code [0].id}, {@code [2].parentId}, …); empty if none. */
    static Map<String, String> problemsOf(List<ChannelPosition> moves, Map<UUID, ChannelType> server) {
        Map<String, String> problems = new TreeMap<>();
        if (moves.isEmpty()) {
            problems.put("body", "must list at least one channel");
            return problems;
        }
        if (moves.size() > MAX_MOVES) {
            problems.put("body", "must list at most " + MAX_MOVES + " channels");
            return problems;
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < moves.size(); i++) {
            ChannelPosition move = moves.get(i);
            String at = "[" + i + "]";
            if (move == null) {
                problems.put(at, "must be an object");
                continue;
            }
            ChannelType type = move.id() == null ? null : server.get(move.id());
            if (move.id() == null) {
                problems.put(at + ".id", "must not be null");
            } else if (type == null || type == ChannelType.THREAD) {
                problems.put(at + ".id", "must be a channel of this server");
            } else if (!seen.add(move.id())) {
                problems.put(at + ".id", "must not be listed twice");
            }
            if (move.position() == null || move.position() < 0 || move.position() > MAX_POSITION) {
                problems.put(at + ".position", "must be a whole number from 0 to " + MAX_POSITION);
            }
            if (move.parentGiven() && type != null) {
                parentProblem(type, move.parentId(), server).ifPresent(p -> problems.put(at + ".parentId", p));
            }
        }
        return problems;
    }
}
