package dev.parley.permission.control;

/**
 * Permissions and their bits: Discord's numbering, which admins and bot authors already know. The
 * names are the API's; Discord's own names for two of them ({@code CREATE_INSTANT_INVITE},
 * {@code MANAGE_GUILD}) are read as well ({@link #named}).
 */
public enum Permission {
    CREATE_INVITE(0),
    KICK_MEMBERS(1),
    BAN_MEMBERS(2),
    ADMINISTRATOR(3),
    MANAGE_CHANNELS(4),
    MANAGE_SERVER(5),
    ADD_REACTIONS(6),
    VIEW_AUDIT_LOG(7),
    VIEW_CHANNEL(10),
    SEND_MESSAGES(11),
    MANAGE_MESSAGES(13),
    EMBED_LINKS(14),
    ATTACH_FILES(15),
    READ_MESSAGE_HISTORY(16),
    MENTION_EVERYONE(17),
    CONNECT(20),
    SPEAK(21),
    MUTE_MEMBERS(22),
    MOVE_MEMBERS(24),
    CHANGE_NICKNAME(26),
    MANAGE_NICKNAMES(27),
    MANAGE_ROLES(28),
    MODERATE_MEMBERS(40);

    private final long bit;

    Permission(int shift) {
        this.bit = 1L << shift;
    }

    public long bit() {
        return bit;
    }

    /** What the permission allows, in words for a sentence: "send messages". */
    public String phrase() {
        return switch (this) {
            case CREATE_INVITE -> "create invites";
            case MANAGE_SERVER -> "manage the server";
            case VIEW_CHANNEL -> "view this channel";
            case MODERATE_MEMBERS -> "time out members";
            default -> name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    public boolean in(long set) {
        return (set & bit) != 0;
    }

    /** Every permission Parley knows. */
    public static final long ALL;
    /** What {@code @everyone} may do in a new server. */
    public static final long EVERYONE_DEFAULT;
    /** What every participant may do in a direct-message conversation (pinning there needs no more). */
    public static final long DIRECT;

    static {
        long all = 0;
        for (Permission p : values()) {
            all |= p.bit;
        }
        ALL = all;
        EVERYONE_DEFAULT = of(CREATE_INVITE, ADD_REACTIONS, VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS,
                ATTACH_FILES, READ_MESSAGE_HISTORY, CONNECT, SPEAK, CHANGE_NICKNAME);
        DIRECT = of(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY, ADD_REACTIONS, EMBED_LINKS, ATTACH_FILES);
    }

    /**
     * The permission of an API name, regardless of case and surrounding blanks, or Discord's name
     * for it; empty for none.
     */
    public static java.util.Optional<Permission> named(String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        String key = name.strip().toUpperCase(java.util.Locale.ROOT);
        key = switch (key) {
            case "CREATE_INSTANT_INVITE" -> "CREATE_INVITE";
            case "MANAGE_GUILD" -> "MANAGE_SERVER";
            default -> key;
        };
        for (Permission p : values()) {
            if (p.name().equals(key)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    /** The names of the permissions in the set, in bit order. */
    public static java.util.List<String> names(long set) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Permission p : values()) {
            if (p.in(set)) {
                names.add(p.name());
            }
        }
        return names;
    }

    public static long of(Permission... permissions) {
        long set = 0;
        for (Permission p : permissions) {
            set |= p.bit;
        }
        return set;
    }
}
