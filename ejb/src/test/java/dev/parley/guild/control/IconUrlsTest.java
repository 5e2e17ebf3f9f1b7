package dev.parley.guild.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IconUrlsTest {

    @Test
    void anHttpOrHttpsAddressWithAHostWillDoAndNoneWillToo() {
        assertThat(IconUrls.problemOf("https://cdn.example.com/icon.png")).isEmpty();
        assertThat(IconUrls.problemOf("http://intranet:8080/i.png?x=1")).isEmpty();
        assertThat(IconUrls.problemOf(null)).isEmpty();
    }

    @Test
    void otherSchemesScriptsAndHostlessAddressesAreRefused() {
        assertThat(IconUrls.problemOf("javascript:alert(1)")).contains("must be an http or https URL");
        assertThat(IconUrls.problemOf("data:image/png;base64,AAAA")).contains("must be an http or https URL");
        assertThat(IconUrls.problemOf("ftp://example.com/a.png")).contains("must be an http or https URL");
        assertThat(IconUrls.problemOf("https:///nohost")).contains("must be an http or https URL");
        assertThat(IconUrls.problemOf("/relative.png")).contains("must be an http or https URL");
        assertThat(IconUrls.problemOf("")).contains("must be an http or https URL");
        assertThat(IconUrls.problemOf(" https://example.com/a.png")).contains("must be an http or https URL");
        assertThat(IconUrls.problemOf("https://example.com/a b.png")).contains("must be an http or https URL");
        assertThat(IconUrls.problemOf("https://user:pw@example.com/a.png")).contains("must be an http or https URL");
        assertThat(IconUrls.problemOf("https://example.com/<script>")).contains("must be an http or https URL");
    }

    @Test
    void anAddressOver500CharactersIsRefused() {
        String base = "https://example.com/";
        assertThat(IconUrls.problemOf(base + "a".repeat(500 - base.length()))).isEmpty();
        assertThat(IconUrls.problemOf(base + "a".repeat(501 - base.length()))).contains("must be at most 500 characters");
    }
}
