package dev.parley.guild.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InviteCodesTest {

    @Test
    void aBareCodeIsTheCode() {
        assertThat(InviteCodes.codeIn("  hTKzmak5 \n")).contains("hTKzmak5");
    }

    @Test
    void theCodeIsTakenFromEitherLinkForm() {
        assertThat(InviteCodes.codeIn("https://chat.example/join.xhtml?code=hTKzmak5")).contains("hTKzmak5");
        assertThat(InviteCodes.codeIn("http://localhost:8080/join.xhtml?x=1&code=hTKzmak5#top")).contains("hTKzmak5");
        assertThat(InviteCodes.codeIn("https://chat.example/invite/hTKzmak5/")).contains("hTKzmak5");
    }

    @Test
    void nothingUsableIsNoCode() {
        assertThat(InviteCodes.codeIn(null)).isEmpty();
        assertThat(InviteCodes.codeIn("   ")).isEmpty();
        assertThat(InviteCodes.codeIn("https://chat.example/join.xhtml?other=1")).isEmpty();
        assertThat(InviteCodes.codeIn("https://chat.example/join.xhtml?code=")).isEmpty();
    }
}
