package dev.parley.permission.boundary;

import dev.parley.permission.control.Permission;
import dev.parley.platform.boundary.UiTexts;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The permissions as the settings pages list them: in four groups (General, Text, Voice,
 * Moderation), each with a label and what it allows in words, in the page's language
 * ({@code i18n/permissions}, keyed by the permission's API name). Every permission is in exactly one
 * group (a unit test holds that, and that each has its words in every language), so a new permission
 * shows up or fails the build.
 */
public final class PermissionGroups {

    public static final String BUNDLE = "i18n.permissions";

    /** One permission as a toggle shows it. */
    public record Entry(String name, String label, String phrase) {
    }

    /** A group of toggles. */
    public record Group(String title, List<Entry> entries) {
    }

    /** The groups by their keys ({@code group.<key>}) and members. */
    private static final List<Layout> LAYOUT = List.of(
            new Layout("general", Permission.VIEW_CHANNEL, Permission.MANAGE_CHANNELS, Permission.MANAGE_ROLES,
                    Permission.MANAGE_SERVER, Permission.VIEW_AUDIT_LOG, Permission.CREATE_INVITE,
                    Permission.CHANGE_NICKNAME, Permission.MANAGE_NICKNAMES, Permission.ADMINISTRATOR),
            new Layout("text", Permission.SEND_MESSAGES, Permission.EMBED_LINKS, Permission.ATTACH_FILES,
                    Permission.ADD_REACTIONS, Permission.MENTION_EVERYONE, Permission.MANAGE_MESSAGES,
                    Permission.READ_MESSAGE_HISTORY),
            new Layout("voice", Permission.CONNECT, Permission.SPEAK, Permission.MUTE_MEMBERS, Permission.MOVE_MEMBERS),
            new Layout("moderation", Permission.KICK_MEMBERS, Permission.BAN_MEMBERS, Permission.MODERATE_MEMBERS));

    private record Layout(String key, Permission... permissions) {
    }

    private PermissionGroups() {
    }

    /** The groups in the page's language. */
    public static List<Group> all() {
        return all(bundle());
    }

    /** The groups in a bundle's language. */
    public static List<Group> all(ResourceBundle texts) {
        return LAYOUT.stream().map(l -> new Group(texts.getString("group." + l.key()),
                Arrays.stream(l.permissions()).map(p -> entry(texts, p)).toList())).toList();
    }

    static Entry entry(ResourceBundle texts, Permission p) {
        return new Entry(p.name(), texts.getString(p.name()), texts.getString(p.name() + ".phrase"));
    }

    /** A permission's label by its API name ("VIEW_CHANNEL" as "View channel"); an unknown name as itself. */
    public static String label(ResourceBundle texts, String name) {
        try {
            return texts.getString(name);
        } catch (MissingResourceException unknown) {
            return name;
        }
    }

    /** The labels of the named permissions, in the order given. */
    public static List<String> labels(ResourceBundle texts, List<String> names) {
        return names.stream().map(n -> label(texts, n)).toList();
    }

    /** The permissions bundle in the page's language. */
    public static ResourceBundle bundle() {
        return bundle(UiTexts.locale());
    }

    public static ResourceBundle bundle(Locale locale) {
        return UiTexts.bundle(BUNDLE, locale);
    }
}
