package dev.parley.permission.boundary;

import dev.parley.permission.control.Permission;
import java.util.List;
import java.util.Locale;

/**
 * The permissions as the settings pages list them: in four groups (General, Text, Voice,
 * Moderation), each with a label and what it allows in words. Every permission is in exactly one
 * group (a unit test holds that), so a new permission shows up or fails the build.
 */
public final class PermissionGroups {

    /** One permission as a toggle shows it. */
    public record Entry(String name, String label, String phrase) {
    }

    /** A group of toggles. */
    public record Group(String title, List<Entry> entries) {
    }

    public static final List<Group> ALL = List.of(
            group("General", Permission.VIEW_CHANNEL, Permission.MANAGE_CHANNELS, Permission.MANAGE_ROLES,
                    Permission.MANAGE_SERVER, Permission.VIEW_AUDIT_LOG, Permission.CREATE_INVITE,
                    Permission.CHANGE_NICKNAME, Permission.MANAGE_NICKNAMES, Permission.ADMINISTRATOR),
            group("Text", Permission.SEND_MESSAGES, Permission.EMBED_LINKS, Permission.ATTACH_FILES,
                    Permission.ADD_REACTIONS, Permission.MENTION_EVERYONE, Permission.MANAGE_MESSAGES,
                    Permission.READ_MESSAGE_HISTORY),
            group("Voice", Permission.CONNECT, Permission.SPEAK, Permission.MUTE_MEMBERS, Permission.MOVE_MEMBERS),
            group("Moderation", Permission.KICK_MEMBERS, Permission.BAN_MEMBERS, Permission.MODERATE_MEMBERS));

    private PermissionGroups() {
    }

    private static Group group(String title, Permission... permissions) {
        return new Group(title, java.util.Arrays.stream(permissions).map(PermissionGroups::entry).toList());
    }

    static Entry entry(Permission p) {
        return new Entry(p.name(), label(p), "Lets members " + p.phrase() + ".");
    }

    /** "SEND_MESSAGES" as "Send messages". */
    static String label(Permission p) {
        String words = p.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
