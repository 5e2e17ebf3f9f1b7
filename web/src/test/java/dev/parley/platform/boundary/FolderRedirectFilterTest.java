package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FolderRedirectFilterTest {

    @Test
    void aFolderWithoutItsSlashGoesToTheFolderByItsPath() {
        FolderRedirectFilter root = new FolderRedirectFilter("", Set.of("/api-docs", "/resources/js"));
        assertThat(root.location("/api-docs", null)).isEqualTo("/api-docs/");
        assertThat(root.location("/resources/js", "a=b")).isEqualTo("/resources/js/?a=b");
        FolderRedirectFilter nested = new FolderRedirectFilter("/parley", Set.of("/api-docs"));
        assertThat(nested.location("/parley", null)).isEqualTo("/parley/");
        assertThat(nested.location("/parley/api-docs", null)).isEqualTo("/parley/api-docs/");
    }

    @Test
    void anythingElseGoesOnToTheContainer() {
        FolderRedirectFilter root = new FolderRedirectFilter("", Set.of("/api-docs"));
        assertThat(root.location("/api-docs/", null)).isNull();
        assertThat(root.location("/index.xhtml", null)).isNull();
        assertThat(root.location("/api/servers", null)).isNull();
        assertThat(root.location("", null)).isNull();
        assertThat(new FolderRedirectFilter("/parley", Set.of("/api-docs")).location("/other/api-docs", null)).isNull();
    }
}
