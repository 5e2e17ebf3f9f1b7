package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerFilterTest {

    @SignedIn
    static class Closed {
        public void any() {
        }
    }

    static class Open {
        public void any() {
        }

        @SignedIn
        public void closed() {
        }
    }

    static class Subclass extends Closed {
        @Override
        public void any() {
        }
    }

    static class Plain {
        public void any() {
        }
    }

    @Test
    void theTokenIsTheBearerSchemesValueInAnyCase() {
        assertThat(BearerFilter.token("Bearer abc.def.ghi")).contains("abc.def.ghi");
        assertThat(BearerFilter.token("bearer   abc ")).contains("abc");
        assertThat(BearerFilter.token("BEARER abc")).contains("abc");
        assertThat(BearerFilter.token("Basic YWRhOnB3")).isEmpty();
        assertThat(BearerFilter.token("Bearer ")).isEmpty();
        assertThat(BearerFilter.token("Bearer     ")).isEmpty();
        assertThat(BearerFilter.token("Bearerabc")).isEmpty();
        assertThat(BearerFilter.token("")).isEmpty();
        assertThat(BearerFilter.token(null)).isEmpty();
    }

    @Test
    void signedInOnTheClassOrTheMethodNeedsAToken() throws Exception {
        assertThat(BearerFilter.signedInOnly(Closed.class.getMethod("any"), Closed.class)).isTrue();
        assertThat(BearerFilter.signedInOnly(Open.class.getMethod("any"), Open.class)).isFalse();
        assertThat(BearerFilter.signedInOnly(Open.class.getMethod("closed"), Open.class)).isTrue();
        assertThat(BearerFilter.signedInOnly(Plain.class.getMethod("any"), Plain.class)).isFalse();
        assertThat(BearerFilter.signedInOnly(Subclass.class.getMethod("any"), Subclass.class))
                .as("a container's subclass").isTrue();
        assertThat(BearerFilter.signedInOnly(null, Closed.class)).as("no resource matched").isFalse();
    }
}
