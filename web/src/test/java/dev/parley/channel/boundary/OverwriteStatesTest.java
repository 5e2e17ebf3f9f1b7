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
    void theStatesInEachLanguageInOrder() {
        assertThat(OverwriteStates.labels(dev.parley.platform.boundary.UiTexts.bundle(ChannelSettingsBacking.BUNDLE,
                java.util.Locale.ENGLISH))).containsExactly(Map.entry("deny", "Deny"), Map.entry("inherit", "Inherit"),
                Map.entry("allow", "Allow"));
        assertThat(OverwriteStates.labels(dev.parley.platform.boundary.UiTexts.bundle(ChannelSettingsBacking.BUNDLE,
                java.util.Locale.forLanguageTag("ru")))).containsExactly(Map.entry("deny", "Запретить"),
                Map.entry("inherit", "Наследовать"), Map.entry("allow", "Разрешить"));
    }

    @Test
    void unknownNamesAreLeftOut() {
        assertThat(OverwriteStates.allowed(Map.of("NOT_A_PERMISSION", "allow"))).isEmpty();
    }
}
