package dev.parley.guild.boundary;

import dev.parley.permission.control.RolePosition;
import dev.parley.permission.control.RoleView;
import java.util.List;
import java.util.UUID;

/** The reorder that moves a role one step up or down the hierarchy: it swaps places with its neighbour. */
final class RoleOrder {

    private RoleOrder() {
    }

    /**
     * @param roles the server's roles in any order
     * @param by    +1 to move up (more senior), -1 down
     * @return the two positions to set, or none when the role cannot move that way ({@code @everyone}
     *         never moves, and nothing moves below it)
     */
    static List<RolePosition> swap(List<RoleView> roles, UUID roleId, int by) {
        List<RoleView> ordered = roles.stream().filter(r -> !r.everyone())
                .sorted((a, b) -> Integer.compare(a.position(), b.position())).toList();
        int at = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id().equals(roleId)) {
                at = i;
            }
        }
        int other = at + by;
        if (at < 0 || other < 0 || other >= ordered.size()) {
            return List.of();
        }
        RoleView a = ordered.get(at);
        RoleView b = ordered.get(other);
        return List.of(new RolePosition(a.id(), b.position()), new RolePosition(b.id(), a.position()));
    }

    /**
     * The positions that put the roles in the given order, highest first (what dragging a role shows):
     * the first gets the highest position, the last 1 ({@code @everyone}, at 0, is never listed). Roles not
     * listed, listed twice or unknown make no move at all.
     */
    static List<RolePosition> placed(List<RoleView> roles, List<UUID> highestFirst) {
        List<UUID> movable = roles.stream().filter(r -> !r.everyone()).map(RoleView::id).toList();
        if (highestFirst.size() != movable.size() || !new java.util.HashSet<>(highestFirst).equals(new java.util.HashSet<>(movable))) {
            return List.of();
        }
        List<RolePosition> moves = new java.util.ArrayList<>();
        for (int i = 0; i < highestFirst.size(); i++) {
            moves.add(new RolePosition(highestFirst.get(i), highestFirst.size() - i));
        }
        return moves;
    }
}
