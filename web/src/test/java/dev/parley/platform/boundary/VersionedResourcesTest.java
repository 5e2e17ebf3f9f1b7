package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VersionedResourcesTest {

    @Test
    void aPathGetsItsVersionOnceAndKeepsOneItHas() {
        assertThat(VersionedResources.hasVersion("/jakarta.faces.resource/js/parley.js.xhtml")).isFalse();
        assertThat(VersionedResources.hasVersion("/jakarta.faces.resource/core.js.xhtml?ln=primefaces&v=15.0.13")).isTrue();
        assertThat(VersionedResources.hasVersion("/jakarta.faces.resource/x.js.xhtml?dev=1")).isFalse();
        assertThat(VersionedResources.withVersion("/jakarta.faces.resource/js/parley.js.xhtml", "0123456789ab"))
                .isEqualTo("/jakarta.faces.resource/js/parley.js.xhtml?v=0123456789ab");
        assertThat(VersionedResources.withVersion("/jakarta.faces.resource/faces.js.xhtml?ln=jakarta.faces", "0123456789ab"))
                .isEqualTo("/jakarta.faces.resource/faces.js.xhtml?ln=jakarta.faces&v=0123456789ab");
    }

    @Test
    void theVersionIsTheContentsHash() {
        String one = VersionedResources.hash("console.log(1);".getBytes(StandardCharsets.UTF_8));
        assertThat(one).hasSize(12).matches("[0-9a-f]{12}");
        assertThat(VersionedResources.hash("console.log(1);".getBytes(StandardCharsets.UTF_8))).isEqualTo(one);
        assertThat(VersionedResources.hash("console.log(2);".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(one);
    }
}
