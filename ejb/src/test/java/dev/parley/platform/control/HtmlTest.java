package dev.parley.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void theFiveCharactersBecomeEntitiesAndNothingElseChanges() {
        assertThat(Html.escape("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
        assertThat(Html.escape("Привет, 世界 🎉")).isEqualTo("Привет, 世界 🎉");
        assertThat(Html.escape(null)).isEmpty();
        String plain = "nothing to escape";
        assertThat(Html.escape(plain)).as("the same string, not a copy").isSameAs(plain);
    }
}
