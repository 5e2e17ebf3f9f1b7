package dev.parley.permission.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.permission.control.Permission;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionGroupsTest {

    @Test
    void everyPermissionIsInExactlyOneGroup() {
        List<String> listed = PermissionGroups.ALL.stream().flatMap(g -> g.entries().stream())
                .map(PermissionGroups.Entry::name).toList();
        assertThat(listed).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Permission.values()).map(Permission::name).toList());
        assertThat(PermissionGroups.ALL).extracting(PermissionGroups.Group::title)
                .containsExactly("General", "Text", "Voice", "Moderation");
    }

    @Test
    void eachSaysWhatItAllowsInWords() {
        PermissionGroups.Entry send = PermissionGroups.entry(Permission.SEND_MESSAGES);
        assertThat(send.label()).isEqualTo("Send messages");
        assertThat(send.phrase()).isEqualTo("Lets members send messages.");
        assertThat(PermissionGroups.entry(Permission.MODERATE_MEMBERS).phrase()).isEqualTo("Lets members time out members.");
    }
}
