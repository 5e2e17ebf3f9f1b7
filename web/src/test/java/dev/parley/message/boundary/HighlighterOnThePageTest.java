package dev.parley.message.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The chat page names highlight.js by the version of the WebJar the build ships (the pom's highlightjs.version). */
class HighlighterOnThePageTest {

    @Test
    void thePageLoadsTheHighlighterThatIsShipped() throws IOException {
        Properties webjar = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/maven/org.webjars/highlightjs/pom.properties")) {
            assertThat(in).as("the highlight.js WebJar is on the class path").isNotNull();
            webjar.load(in);
        }
        String version = webjar.getProperty("version");
        String page = Files.readString(Path.of("src/main/webapp/index.xhtml"));
        assertThat(page).contains("library=\"webjars\" name=\"highlightjs/" + version + "/highlight.min.js\"")
                .contains("library=\"webjars\" name=\"highlightjs/" + version + "/styles/a11y-dark.min.css\"");
        assertThat(getClass().getResource("/META-INF/resources/webjars/highlightjs/" + version + "/highlight.min.js"))
                .isNotNull();
        assertThat(getClass().getResource("/META-INF/resources/webjars/highlightjs/" + version
                + "/styles/a11y-dark.min.css")).isNotNull();
    }
}
