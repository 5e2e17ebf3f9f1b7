package dev.parley.scim.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScimUsernamesTest {

    @Test
    void makesValidUsernamesOfWhatProvidersSend() {
        assertThat(ScimUsernames.base("ada_lovelace")).isEqualTo("ada_lovelace");
        assertThat(ScimUsernames.base("ada.lovelace@example.com")).isEqualTo("ada.lovelace");
        assertThat(ScimUsernames.base("Zoë Müller")).isEqualTo("Zoe_Muller");
        assertThat(ScimUsernames.base("CORP\\jdoe")).isEqualTo("CORP_jdoe");
        assertThat(ScimUsernames.base("Иван@example.com")).isEqualTo("user");
        assertThat(ScimUsernames.base("<script>@x")).isEqualTo("script");
        assertThat(ScimUsernames.base("a".repeat(40) + "@x")).hasSize(28);
        assertThat(ScimUsernames.alternative("a".repeat(28), 2)).isEqualTo("a".repeat(28) + "-2");
        assertThat(ScimUsernames.alternative("a".repeat(32), 12)).hasSize(32).endsWith("-12");
        for (String s : new String[] {"x", "ü", "@@", "a b c", "...", "Иван Петров"}) {
            assertThat(ScimUsernames.isValid(ScimUsernames.base(s))).as(s).isTrue();
        }
    }
}
