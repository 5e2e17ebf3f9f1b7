package dev.parley.moderation.boundary;

import dev.parley.permission.control.Permission;
import dev.parley.permission.control.ServerFacts;
import java.time.Instant;
import java.util.UUID;

/**
 * What one member may do to another, for the page to offer only those actions (the services decide
 * again when asked): the same permissions and role hierarchy ({@link ServerFacts#outranks}) the
 * moderation and role services check. Pure, over the cached facts.
 *
 * @param explain whether they may ask why the other may or may not do something in the channel on
 *                screen (anyone about themselves; MANAGE_ROLES there about others)
 */
public record MemberRights(boolean kick, boolean ban, boolean timeout, boolean nick, boolean roles, boolean explain) {

    public static final MemberRights NONE = new MemberRights(false, false, false, false, false, false);

    /** @param channelId the channel on screen, or null (then no explanation is offered about others) */
    public static MemberRights of(ServerFacts facts, UUID actor, UUID target, UUID channelId, Instant now) {
        if (facts == null || !facts.isMember(actor) || !facts.isMember(target) || facts.everyoneRoleId() == null) {
            return NONE;
        }
        long mine = facts.serverPermissions(actor, now);
        boolean self = actor.equals(target);
        boolean above = !self && facts.outranks(actor, target);
        boolean targetAdmin = !facts.isOwner(target) && Permission.ADMINISTRATOR.in(facts.serverPermissions(target));
        boolean nick = self ? Permission.CHANGE_NICKNAME.in(mine) || Permission.MANAGE_NICKNAMES.in(mine)
                : Permission.MANAGE_NICKNAMES.in(mine) && above;
        boolean explain = self || channelId != null
                && Permission.MANAGE_ROLES.in(facts.channelPermissions(actor, channelId, now));
        return new MemberRights(above && Permission.KICK_MEMBERS.in(mine), above && Permission.BAN_MEMBERS.in(mine),
                above && !targetAdmin && Permission.MODERATE_MEMBERS.in(mine), nick,
                Permission.MANAGE_ROLES.in(mine) && (facts.isOwner(actor) || facts.highestPosition(actor) > 1), explain);
    }

    /** Whether any action is offered (the "⋯" button shows then). */
    public boolean any() {
        return kick || ban || timeout || nick || roles || explain;
    }

    /** Whether any moderator's action (beyond one's own nickname and explanation) is offered. */
    public boolean moderates() {
        return kick || ban || timeout || roles;
    }
}
