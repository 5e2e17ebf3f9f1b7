package dev.parley.message.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionTextTest {

    @Test
    void namesEveryoneAndHereAreFoundWithoutCase() {
        MentionText m = MentionText.of("hey @Anna and @bob.smith, also @everyone. Thanks @Ops_Team.");
        assertThat(m.names()).containsExactlyInAnyOrder("anna", "bob.smith", "ops_team");
        assertThat(m.everyone()).isTrue();
        assertThat(MentionText.of("@HERE look").everyone()).isTrue();
        assertThat(MentionText.of("@anna").names()).containsExactly("anna");
    }

    @Test
    void codeAddressesAndLoneAtSignsMentionNobody() {
        assertThat(MentionText.of("mail ada@example.com")).isEqualTo(MentionText.NONE);
        assertThat(MentionText.of("`@everyone` and ```\n@anna\n```")).isEqualTo(MentionText.NONE);
        assertThat(MentionText.of("``` unclosed @anna")).isEqualTo(MentionText.NONE);
        assertThat(MentionText.of("@ @a email@@x")).isEqualTo(MentionText.NONE);
        assertThat(MentionText.of("no mentions")).isEqualTo(MentionText.NONE);
        assertThat(MentionText.of(null)).isEqualTo(MentionText.NONE);
        assertThat(MentionText.of("@<script>")).isEqualTo(MentionText.NONE);
        assertThat(MentionText.of("@everyonez").names()).containsExactly("everyonez");
    }

    @Test
    void atMostFiftyNamesCount() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            many.append("@user").append(i).append(' ');
        }
        assertThat(MentionText.of(many.toString()).names()).hasSize(MentionText.MAX_NAMES);
    }
}
