package dev.parley.guild.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.permission.control.RolePosition;
import dev.parley.permission.control.RoleView;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoleOrderTest {

    private static RoleView role(String name, int position) {
        return new RoleView(UUID.randomUUID(), null, name, null, List.of(), position, false, false, position == 0);
    }

    private final RoleView everyone = role("@everyone", 0);
    private final RoleView low = role("low", 1);
    private final RoleView mid = role("mid", 2);
    private final RoleView high = role("high", 3);
    private final List<RoleView> roles = List.of(high, everyone, mid, low);

    @Test
    void movingUpSwapsWithTheRoleAbove() {
        assertThat(RoleOrder.swap(roles, low.id(), 1))
                .containsExactly(new RolePosition(low.id(), 2), new RolePosition(mid.id(), 1));
    }

    @Test
    void movingDownSwapsWithTheRoleBelow() {
        assertThat(RoleOrder.swap(roles, high.id(), -1))
                .containsExactly(new RolePosition(high.id(), 2), new RolePosition(mid.id(), 3));
    }

    @Test
    void nothingMovesPastTheEndsOrBelowEveryone() {
        assertThat(RoleOrder.swap(roles, high.id(), 1)).isEmpty();
        assertThat(RoleOrder.swap(roles, low.id(), -1)).isEmpty();
        assertThat(RoleOrder.swap(roles, everyone.id(), 1)).isEmpty();
        assertThat(RoleOrder.swap(roles, UUID.randomUUID(), 1)).isEmpty();
    }

    @Test
    void aDraggedOrderBecomesPositionsFromTheTopDownToOne() {
        RoleView everyone = role("@everyone", 0);
        RoleView low = role("low", 1);
        RoleView mid = role("mid", 2);
        RoleView high = role("high", 3);
        List<RoleView> roles = List.of(everyone, low, mid, high);
        org.assertj.core.api.Assertions.assertThat(RoleOrder.placed(roles, List.of(low.id(), high.id(), mid.id())))
                .containsExactly(new dev.parley.permission.control.RolePosition(low.id(), 3),
                        new dev.parley.permission.control.RolePosition(high.id(), 2),
                        new dev.parley.permission.control.RolePosition(mid.id(), 1));
        org.assertj.core.api.Assertions.assertThat(RoleOrder.placed(roles, List.of(low.id(), high.id())))
                .as("a role left out").isEmpty();
        org.assertj.core.api.Assertions.assertThat(RoleOrder.placed(roles, List.of(low.id(), high.id(), high.id())))
                .as("a role twice").isEmpty();
        org.assertj.core.api.Assertions.assertThat(RoleOrder.placed(roles, List.of(low.id(), high.id(), everyone.id())))
                .as("@everyone never moves").isEmpty();
    }
}
