package dev.parley.permission.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.permission.control.Permission;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class PermissionGroupsTest {

    private static final ResourceBundle EN = PermissionGroups.bundle(Locale.ENGLISH);
    private static final ResourceBundle RU = PermissionGroups.bundle(Locale.forLanguageTag("ru"));

    @Test
    void everyPermissionIsInExactlyOneGroup() {
        List<String> listed = PermissionGroups.all(EN).stream().flatMap(g -> g.entries().stream())
                .map(PermissionGroups.Entry::name).toList();
        assertThat(listed).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Permission.values()).map(Permission::name).toList());
        assertThat(PermissionGroups.all(EN)).extracting(PermissionGroups.Group::title)
                .containsExactly("General", "Text", "Voice", "Moderation");
        assertThat(PermissionGroups.all(RU)).extracting(PermissionGroups.Group::title)
                .containsExactly("Общие", "Текстовые каналы", "Голосовые каналы", "Модерация");
    }

    @Test
    void eachSaysWhatItAllowsInWords() {
        PermissionGroups.Entry send = PermissionGroups.entry(EN, Permission.SEND_MESSAGES);
        assertThat(send.label()).isEqualTo("Send messages");
        assertThat(send.phrase()).isEqualTo("Lets members send messages.");
        assertThat(PermissionGroups.entry(EN, Permission.MODERATE_MEMBERS).phrase()).isEqualTo("Lets members time out members.");
        PermissionGroups.Entry view = PermissionGroups.entry(RU, Permission.VIEW_CHANNEL);
        assertThat(view.label()).isEqualTo("Просмотр канала");
        assertThat(view.phrase()).isEqualTo("Позволяет видеть этот канал.");
    }

    @Test
    void everyPermissionHasItsWordsInBothLanguagesFromItsOwnFile() {
        for (Permission p : Permission.values()) {
            for (ResourceBundle texts : List.of(EN, RU)) {
                assertThat(texts.getString(p.name())).as(p + " in " + texts.getLocale()).isNotBlank();
                assertThat(texts.getString(p.name() + ".phrase")).as(p + " in " + texts.getLocale()).endsWith(".");
            }
            assertThat(RU.getString(p.name())).as("%s is translated", p).isNotEqualTo(EN.getString(p.name()));
        }
    }

    @Test
    void aLabelByNameAndAnUnknownNameAsItself() {
        assertThat(PermissionGroups.labels(RU, List.of("VIEW_CHANNEL", "SEND_MESSAGES")))
                .containsExactly("Просмотр канала", "Отправка сообщений");
        assertThat(PermissionGroups.label(EN, "FLY")).isEqualTo("FLY");
    }
}
