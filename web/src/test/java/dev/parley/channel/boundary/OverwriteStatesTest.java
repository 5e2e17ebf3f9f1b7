package dev.parley.channel.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverwriteStatesTest {

    @Test
    void anOverwriteBecomesStatesAndBack() {
        Map<String, String> states = OverwriteStates.of(List.of("SEND_MESSAGES"), List.of("VIEW_CHANNEL", "ADD_REACTIONS"));
        assertThat(states.get("SEND_MESSAGES")).isEqualTo("allow");
        assertThat(states.get("VIEW_CHANNEL")).isEqualTo("deny");
        assertThat(states.get("KICK_MEMBERS")).isEqualTo("inherit");
        assertThat(OverwriteStates.allowed(states)).containsExactly("SEND_MESSAGES");
        assertThat(OverwriteStates.denied(states)).containsExactly("ADD_REACTIONS", "VIEW_CHANNEL");
    }

    @Test
    void unknownNamesAreLeftOut() {
        assertThat(OverwriteStates.allowed(Map.of("NOT_A_PERMISSION", "allow"))).isEmpty();
    }
}
