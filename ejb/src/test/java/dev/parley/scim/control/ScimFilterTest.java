package dev.parley.scim.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScimFilterTest {

    @Test
    void readsTheFiltersOktaAndEntraSend() {
        assertThat(ScimFilter.parse("userName eq \"ada@example.com\""))
                .isEqualTo(new ScimFilter(ScimFilter.Attribute.USER_NAME, "ada@example.com"));
        assertThat(ScimFilter.parse("externalId eq \"0f1e-22\""))
                .isEqualTo(new ScimFilter(ScimFilter.Attribute.EXTERNAL_ID, "0f1e-22"));
        assertThat(ScimFilter.parse("emails.value eq \"a@b.c\"").attribute()).isEqualTo(ScimFilter.Attribute.EMAIL);
        assertThat(ScimFilter.parse("  USERNAME EQ \"x\"  ").attribute()).isEqualTo(ScimFilter.Attribute.USER_NAME);
        assertThat(ScimFilter.parse("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"x\"").value()).isEqualTo("x");
        assertThat(ScimFilter.parse("userName eq \"say \\\"hi\\\" \\u00e9\"").value()).isEqualTo("say \"hi\" é");
        assertThat(ScimFilter.parse("active eq false").value()).isEqualTo("false");
    }

    @Test
    void refusesWhatItCannotApplyRatherThanMatchingEverybody() {
        for (String bad : new String[] {"", "   ", "userName", "userName eq", "userName eq ada", "userName eq \"ada",
                "userName co \"ada\"", "userName pr", "title eq \"x\"", "userName eq \"a\" and active eq true",
                "userName eq \"a\" or userName eq \"b\"", "(userName eq \"a\")", "userName eq 1", "active eq \"yes\"",
                "emails[type eq \"work\"].value eq \"a\"", "userName eq \"" + "a".repeat(1001) + "\"",
                "userName eq \"a\"; drop table users"}) {
            assertThatThrownBy(() -> ScimFilter.parse(bad)).as(bad).isInstanceOfSatisfying(ScimException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.scimType()).isEqualTo("invalidFilter");
            });
        }
    }
}
