package dev.parley.permission.control;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Discord's permission arithmetic, without I/O.
 * <ol>
 * <li>The owner has everything. Otherwise {@code @everyone} OR the member's roles;
 * {@code ADMINISTRATOR} gives everything.</li>
 * <li>In a channel: {@code @everyone}'s overwrite (deny, then allow), then the member's roles'
 * overwrites together (deny OR'd, then allow OR'd), then the member's own (deny, then allow).</li>
 * <li>Without {@code VIEW_CHANNEL} nothing else in the channel counts; a member in time-out
 * keeps only {@code VIEW_CHANNEL} and {@code READ_MESSAGE_HISTORY}.</li>
 * </ol>
 */
public final class PermissionCalculator {

    static final long TIMEOUT_KEEPS = Permission.of(Permission.VIEW_CHANNEL, Permission.READ_MESSAGE_HISTORY);

    private PermissionCalculator() {
    }

    /** One overwrite: whose it is, and its bits. */
    public record Overwrite(String targetType, UUID targetId, long allow, long deny) {
    }

    public static long base(boolean owner, long everyone, Collection<Long> memberRoles) {
        if (owner) {
            return Permission.ALL;
        }
        long set = everyone;
        for (long role : memberRoles) {
            set |= role;
        }
        return Permission.ADMINISTRATOR.in(set) ? Permission.ALL : set;
    }

    public static long inChannel(long base, UUID everyoneRoleId, Set<UUID> memberRoleIds, UUID userId,
            Collection<Overwrite> overwrites, boolean timedOut) {
        if (Permission.ADMINISTRATOR.in(base)) {
            return Permission.ALL;
        }
        long set = base;
        long roleAllow = 0;
        long roleDeny = 0;
        Overwrite own = null;
        for (Overwrite o : overwrites) {
            if ("role".equals(o.targetType())) {
                if (o.targetId().equals(everyoneRoleId)) {
                    set = (set & ~o.deny()) | o.allow();
                } else if (memberRoleIds.contains(o.targetId())) {
                    roleAllow |= o.allow();
                    roleDeny |= o.deny();
                }
            } else if (o.targetId().equals(userId)) {
                own = o;
            }
        }
        set = (set & ~roleDeny) | roleAllow;
        if (own != null) {
            set = (set & ~own.deny()) | own.allow();
        }
        if (!Permission.VIEW_CHANNEL.in(set)) {
            return 0;
        }
        if (timedOut) {
            set &= TIMEOUT_KEEPS;
        }
        return set;
    }
}
