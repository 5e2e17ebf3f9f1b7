package dev.parley.permission.control;

/** Permissions and their bits: Discord's numbering, which admins and bot authors already know. */
public enum Permission {
    CREATE_INSTANT_INVITE(0),
    KICK_MEMBERS(1),
    BAN_MEMBERS(2),
    ADMINISTRATOR(3),
    MANAGE_CHANNELS(4),
    MANAGE_GUILD(5),
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
            case CREATE_INSTANT_INVITE -> "create invites";
            case MANAGE_GUILD -> "manage the server";
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
        EVERYONE_DEFAULT = of(CREATE_INSTANT_INVITE, ADD_REACTIONS, VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS,
                ATTACH_FILES, READ_MESSAGE_HISTORY, CONNECT, SPEAK, CHANGE_NICKNAME);
        DIRECT = of(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY, ADD_REACTIONS, EMBED_LINKS, ATTACH_FILES);
    }

    public static long of(Permission... permissions) {
        long set = 0;
        for (Permission p : permissions) {
            set |= p.bit;
        }
        return set;
    }
}
