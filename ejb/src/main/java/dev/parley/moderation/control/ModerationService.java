package dev.parley.moderation.control;

import dev.parley.guild.control.GuildStore;
import dev.parley.guild.control.MemberRemoved;
import dev.parley.guild.control.MemberUpdated;
import dev.parley.guild.control.MemberView;
import dev.parley.guild.entity.Member;
import dev.parley.identity.control.IdentityStore;
import dev.parley.identity.control.UserView;
import dev.parley.message.control.MessageChanged;
import dev.parley.message.control.MessageEvents;
import dev.parley.moderation.entity.Ban;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.permission.control.PermissionsChanged;
import dev.parley.permission.control.ServerFacts;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.ForbiddenException;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.NotFoundException;
import dev.parley.platform.control.Texts;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Discord's moderation of members: kick, ban (with the deletion of the banned user's recent
 * messages), unban, the ban list, time-out and nicknames. Each action is checked by
 * {@link PermissionPolicy} (the permission, then the role hierarchy), written to the audit log
 * in its own transaction, and told live after the commit ({@code member:remove},
 * {@code member:update}, {@code message:delete-bulk}).
 */
@Stateless
public class ModerationService {

    public static final String KICK = "member.kick";
    public static final String BAN = "member.ban";
    public static final String UNBAN = "member.unban";
    public static final String UPDATE = "member.update";
    /** Discord's longest time-out. */
    public static final Duration MAX_TIMEOUT = Duration.ofDays(28);
    public static final int NICK_MAX = 32;
    static final String TARGET_USER = "user";

    @Inject
    ModerationStore store;

    @Inject
    GuildStore guilds;

    @Inject
    IdentityStore users;

    @Inject
    PermissionPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    Inputs inputs;

    @Inject
    Clock clock;

    @Inject
    Event<PermissionsChanged> permissionsChanged;

    @Inject
    Event<MemberRemoved> removed;

    @Inject
    Event<MemberUpdated> updated;

    @Inject
    Event<MessageChanged> messageChanged;

    /** Removes a member from the server; they may join again with an invite. */
    public void kick(UUID actorId, UUID serverId, UUID targetId, ModerationReason reason) {
        String why = inputs.check(reason == null ? new ModerationReason(null) : reason).text();
        ServerFacts facts = policy.requireMember(actorId, serverId);
        if (actorId.equals(targetId)) {
            throw new InvalidInputException("You cannot kick yourself; leave the server instead.",
                    Map.of("userId", "is you"));
        }
        policy.requireInServer(actorId, serverId, Permission.KICK_MEMBERS);
        if (!facts.isMember(targetId)) {
            throw new NotFoundException("No such member.");
        }
        policy.requireOutranks(actorId, facts, targetId, "kick");
        Member member = store.memberForUpdate(serverId, targetId).orElseThrow(() -> new NotFoundException("No such member."));
        store.removeMember(member);
        permissionsChanged.fire(new PermissionsChanged(serverId));
        removed.fire(new MemberRemoved(serverId, targetId, MemberRemoved.KICKED));
        audit.record(new AuditRecord(serverId, actorId, KICK, TARGET_USER, targetId.toString(), null, null, why));
    }

    /**
     * Bans a user: a member is removed (as by a kick), a non-member is banned before they ever
     * join; their messages in the server of the last {@code deleteMessageSeconds} are deleted. A
     * ban that exists is renewed (newer moderator and reason).
     *
     * @param fallbackReason the reason given outside the body (query or header), used when the body gives none
     */
    public void ban(UUID actorId, UUID serverId, UUID targetId, BanRequest request, ModerationReason fallbackReason) {
        BanRequest ban = inputs.check(request == null ? new BanRequest(null, null) : request);
        if (!ban.problems().isEmpty()) {
            throw new InvalidInputException("Some fields are not valid.", ban.problems());
        }
        String why = ban.reason() != null && !ban.reason().isBlank() ? ban.reason().strip()
                : inputs.check(fallbackReason == null ? new ModerationReason(null) : fallbackReason).text();
        ServerFacts facts = policy.requireMember(actorId, serverId);
        if (actorId.equals(targetId)) {
            throw new InvalidInputException("You cannot ban yourself.", Map.of("userId", "is you"));
        }
        policy.requireInServer(actorId, serverId, Permission.BAN_MEMBERS);
        if (facts.isMember(targetId)) {
            policy.requireOutranks(actorId, facts, targetId, "ban");
            store.memberForUpdate(serverId, targetId).ifPresent(member -> {
                store.removeMember(member);
                permissionsChanged.fire(new PermissionsChanged(serverId));
                removed.fire(new MemberRemoved(serverId, targetId, MemberRemoved.BANNED));
            });
        } else if (users.user(targetId).isEmpty()) {
            throw new NotFoundException("No such user.");
        }
        store.ban(serverId, targetId, actorId, why);
        int seconds = ban.deleteMessageSeconds() == null ? 0 : ban.deleteMessageSeconds();
        int deleted = 0;
        if (seconds > 0) {
            var gone = store.deleteMessagesSince(serverId, targetId, clock.nowUtc().minusSeconds(seconds));
            // one event per channel with all its ids (Discord's MESSAGE_DELETE_BULK), not one per message:
            // a ban that cleans up a spammer's hundred messages must not cost a hundred frames per member
            Map<UUID, List<UUID>> byChannel = new LinkedHashMap<>();
            gone.forEach(m -> byChannel.computeIfAbsent(m.channelId(), c -> new ArrayList<>()).add(m.id()));
            byChannel.forEach((channelId, ids) -> messageChanged.fire(new MessageChanged(
                    MessageEvents.MESSAGE_DELETE_BULK, serverId, channelId, new MessageEvents.DeletedBulk(channelId, ids))));
            deleted = gone.size();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("deleteMessageSeconds", seconds);
        after.put("deletedMessages", deleted);
        audit.record(new AuditRecord(serverId, actorId, BAN, TARGET_USER, targetId.toString(), null, after, why));
    }

    /** Lifts a ban; not found when the user is not banned. */
    public void unban(UUID actorId, UUID serverId, UUID targetId, ModerationReason reason) {
        String why = inputs.check(reason == null ? new ModerationReason(null) : reason).text();
        policy.requireInServer(actorId, serverId, Permission.BAN_MEMBERS);
        Ban ban = store.ban(serverId, targetId).orElseThrow(() -> new NotFoundException("This user is not banned."));
        store.remove(ban);
        audit.record(new AuditRecord(serverId, actorId, UNBAN, TARGET_USER, targetId.toString(), null, null, why));
    }

    /** The server's bans, newest first. */
    public List<BanView> bans(UUID actorId, UUID serverId) {
        policy.requireInServer(actorId, serverId, Permission.BAN_MEMBERS);
        List<Ban> bans = store.bans(serverId);
        Set<UUID> ids = new HashSet<>();
        bans.forEach(b -> {
            ids.add(b.getUserId());
            if (b.getBannedBy() != null) {
                ids.add(b.getBannedBy());
            }
        });
        Map<UUID, UserView> views = users.views(ids);
        return bans.stream().filter(b -> views.containsKey(b.getUserId()))
                .map(b -> new BanView(views.get(b.getUserId()), b.getReason(),
                        b.getBannedBy() == null ? null : views.get(b.getBannedBy()), b.getCreatedAt()))
                .toList();
    }

    /**
     * Times a member out (or lifts it) and sets or clears their nickname. A time-out needs
     * MODERATE_MEMBERS and a higher role, and never reaches the owner or an administrator; one's
     * own nickname needs CHANGE_NICKNAME, another's MANAGE_NICKNAMES and a higher role.
     */
    public MemberView update(UUID actorId, UUID serverId, UUID targetId, MemberUpdate change, ModerationReason reason) {
        String why = inputs.check(reason == null ? new ModerationReason(null) : reason).text();
        Objects.requireNonNull(change);
        String nick = change.setsNick() ? checkedNick(change.nick()) : null;
        Instant now = clock.now();
        if (change.setsTimeout() && change.timeoutUntil() != null) {
            if (!change.timeoutUntil().isAfter(now)) {
                throw new InvalidInputException("A time-out must end in the future.",
                        Map.of(MemberUpdate.TIMEOUT_UNTIL, "must be in the future"));
            }
            if (change.timeoutUntil().isAfter(now.plus(MAX_TIMEOUT))) {
                throw new InvalidInputException("A time-out lasts at most 28 days.",
                        Map.of(MemberUpdate.TIMEOUT_UNTIL, "must be at most 28 days ahead"));
            }
        }
        ServerFacts facts = policy.requireMember(actorId, serverId);
        if (!facts.isMember(targetId)) {
            throw new NotFoundException("No such member.");
        }
        if (change.setsTimeout()) {
            policy.requireInServer(actorId, serverId, Permission.MODERATE_MEMBERS);
            if (actorId.equals(targetId)) {
                throw new ForbiddenException("You cannot time yourself out.");
            }
            if (!facts.isOwner(targetId) && Permission.ADMINISTRATOR.in(facts.serverPermissions(targetId))) {
                throw new ForbiddenException("Members with ADMINISTRATOR cannot be timed out.");
            }
            policy.requireOutranks(actorId, facts, targetId, "time out");
        }
        if (change.setsNick()) {
            if (actorId.equals(targetId)) {
                long mine = facts.serverPermissions(actorId, now);
                if (!Permission.CHANGE_NICKNAME.in(mine) && !Permission.MANAGE_NICKNAMES.in(mine)) {
                    throw new ForbiddenException("You don't have permission to change your nickname in this server.");
                }
            } else {
                policy.requireInServer(actorId, serverId, Permission.MANAGE_NICKNAMES);
                policy.requireOutranks(actorId, facts, targetId, "rename");
            }
        }
        Member member = store.memberForUpdate(serverId, targetId).orElseThrow(() -> new NotFoundException("No such member."));
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        boolean timeoutChanged = false;
        if (change.setsTimeout()) {
            OffsetDateTime was = member.getTimeoutUntil();
            OffsetDateTime wasActive = was != null && was.toInstant().isAfter(now) ? was : null;
            OffsetDateTime next = change.timeoutUntil() == null ? null
                    : OffsetDateTime.ofInstant(change.timeoutUntil(), ZoneOffset.UTC);
            if (!Objects.equals(instant(wasActive), instant(next))) {
                before.put(MemberUpdate.TIMEOUT_UNTIL, wasActive == null ? null : wasActive.toInstant().toString());
                after.put(MemberUpdate.TIMEOUT_UNTIL, next == null ? null : next.toInstant().toString());
                member.setTimeoutUntil(next);
                timeoutChanged = true;
            }
        }
        if (change.setsNick() && !Objects.equals(member.getNickname(), nick)) {
            before.put(MemberUpdate.NICK, member.getNickname());
            after.put(MemberUpdate.NICK, nick);
            member.setNickname(nick);
        }
        if (!after.isEmpty()) {
            guilds.flush();
            if (timeoutChanged) {
                permissionsChanged.fire(new PermissionsChanged(serverId));
            }
            updated.fire(new MemberUpdated(serverId, targetId));
            audit.record(new AuditRecord(serverId, actorId, UPDATE, TARGET_USER, targetId.toString(), before, after, why));
        }
        return guilds.memberView(serverId, targetId).orElseThrow(() -> new NotFoundException("No such member."));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    /** The nickname to store: stripped, null for none; at most 32 characters of valid text. */
    static String checkedNick(String nick) {
        if (nick == null || Texts.isBlank(nick)) {
            return null;
        }
        String stripped = nick.strip();
        var problem = Texts.problemOf(stripped);
        if (problem.isPresent()) {
            throw new InvalidInputException("Some fields are not valid.", Map.of(MemberUpdate.NICK, problem.get()));
        }
        if (stripped.codePointCount(0, stripped.length()) > NICK_MAX) {
            throw new InvalidInputException("A nickname has at most 32 characters.",
                    Map.of(MemberUpdate.NICK, "must be at most 32 characters"));
        }
        return stripped;
    }
}
