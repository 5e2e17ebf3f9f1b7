package dev.parley.guild.control;

import dev.parley.guild.entity.Guild;
import dev.parley.guild.entity.Invite;
import dev.parley.guild.entity.Member;
import dev.parley.channel.entity.Channel;
import dev.parley.channel.entity.ChannelType;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.permission.entity.Role;
import dev.parley.identity.control.IdentityStore;
import dev.parley.permission.control.PermissionsChanged;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.NotFoundException;
import dev.parley.platform.control.ConflictException;
import dev.parley.platform.control.ForbiddenException;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.Texts;
import dev.parley.permission.control.ServerFacts;
import dev.parley.identity.control.UserView;
import dev.parley.moderation.control.AuditRecord;
import dev.parley.moderation.control.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

@Stateless
public class GuildService {

    @Inject
    dev.parley.identity.control.UnverifiedAccess unverified;

    /** The text channel every new server starts with. */
    public static final String FIRST_CHANNEL = "general";
    /** Audit log actions of this room (docs/api.md). */
    public static final String SERVER_UPDATE = "server.update";
    public static final String SERVER_TRANSFER = "server.transfer";
    public static final String INVITE_CREATE = "invite.create";
    public static final String INVITE_DELETE = "invite.delete";
    static final int MEMBERS_DEFAULT = 100;
    static final int MEMBERS_MAX = 1000;
    private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    GuildStore store;

    @Inject
    IdentityStore users;

    @Inject
    Clock clock;

    @Inject
    Inputs inputs;

    @Inject
    PermissionPolicy policy;

    @Inject
    Event<MemberJoined> joined;

    @Inject
    Event<PermissionsChanged> permissionsChanged;

    @Inject
    jakarta.enterprise.inject.Instance<JoinGate> gates;

    @Inject
    Event<MemberRemoved> removed;

    @Inject
    Event<ServerChanged> serverChanged;

    @Inject
    Event<ServerDeleted> serverDeleted;

    @Inject
    AuditTrail audit;

    public ServerView create(UUID ownerId, NewServer request) {
        inputs.check(request);
        unverified.check(ownerId);
        Guild guild = new Guild(request.name().trim(), ownerId);
        store.add(guild);
        // the rows below refer to the server; entities map ids, not relations, so order the inserts
        store.flush();
        store.add(new Member(guild.getId(), ownerId));
        store.add(Role.everyone(guild.getId(), Permission.EVERYONE_DEFAULT));
        store.add(new Channel(guild.getId(), FIRST_CHANNEL, ChannelType.TEXT, 0, null, null));
        return ServerView.of(guild);
    }

    /** The servers the user is a member of, oldest first. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // one read, on every gateway connect: no transaction to begin and commit
    public List<ServerView> mine(UUID userId) {
        return store.serversOf(userId).stream().map(ServerView::of).toList();
    }

    public ServerView get(UUID userId, UUID serverId) {
        policy.requireMember(userId, serverId);
        return ServerView.of(store.server(serverId).orElseThrow(() -> new NotFoundException("No such server.")));
    }

    public InviteView invite(UUID userId, UUID serverId, NewInvite request) {
        NewInvite limits = inputs.check(request == null ? NewInvite.UNLIMITED : request);
        policy.requireInServer(userId, serverId, Permission.CREATE_INVITE);
        unverified.check(userId);
        Guild guild = store.server(serverId).orElseThrow(() -> new NotFoundException("No such server."));
        Integer maxUses = limits.maxUses() == null || limits.maxUses() == 0 ? null : limits.maxUses();
        OffsetDateTime expires = limits.maxAgeSeconds() == null || limits.maxAgeSeconds() == 0 ? null
                : clock.nowUtc().plusSeconds(limits.maxAgeSeconds());
        Invite invite = new Invite(newCode(), serverId, null, userId, maxUses, expires, limits.isTemporary());
        store.add(invite);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("maxUses", maxUses);
        after.put("maxAgeSeconds", limits.maxAgeSeconds() == null || limits.maxAgeSeconds() == 0 ? null : limits.maxAgeSeconds());
        after.put("temporary", invite.isTemporary());
        audit.record(AuditRecord.of(serverId, userId, INVITE_CREATE, "invite", invite.getCode(), null, after));
        return InviteView.of(invite, guild, users.view(userId).orElse(null));
    }

    /** The server's invites, oldest first, with who created each (needs MANAGE_SERVER). */
    public List<InviteView> invites(UUID userId, UUID serverId) {
        policy.requireInServer(userId, serverId, Permission.MANAGE_SERVER);
        Guild guild = store.server(serverId).orElseThrow(() -> new NotFoundException("No such server."));
        List<Invite> invites = store.invitesOf(serverId);
        Map<UUID, UserView> inviters = users.views(invites.stream().map(Invite::getInviterId).distinct().toList());
        return invites.stream().map(i -> InviteView.of(i, guild, inviters.get(i.getInviterId()))).toList();
    }

    /**
     * Revokes an invite: its creator may, while a member, and so may who holds MANAGE_SERVER. An
     * unknown code and a server the caller is not in are both not found.
     */
    public void revokeInvite(UUID userId, String code) {
        Invite invite = (code == null || code.length() > 16 ? Optional.<Invite>empty() : store.invite(code))
                .orElseThrow(() -> new NotFoundException("No such invite."));
        ServerFacts facts = policy.requireMember(userId, invite.getServerId());
        if (!userId.equals(invite.getInviterId())) {
            policy.requireInServer(userId, facts.serverId(), Permission.MANAGE_SERVER);
        }
        store.remove(invite);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("inviterId", invite.getInviterId().toString());
        before.put("uses", invite.getUses());
        before.put("maxUses", invite.getMaxUses());
        before.put("temporary", invite.isTemporary());
        audit.record(AuditRecord.of(invite.getServerId(), userId, INVITE_DELETE, "invite", invite.getCode(), before, null));
    }

    /**
     * Changes the server's name, description or icon (needs MANAGE_SERVER); only the fields named
     * in {@code given} change. Members get {@code server:update}; the audit log keeps what changed.
     */
    public ServerView update(UUID userId, UUID serverId, ServerChanges changes, Set<String> given) {
        policy.requireInServer(userId, serverId, Permission.MANAGE_SERVER);
        inputs.check(changes);
        Map<String, String> problems = new TreeMap<>();
        if (given.contains("name") && (changes.name() == null || Texts.isBlank(changes.name()))) {
            problems.put("name", Texts.BLANK);
        }
        if (given.contains("iconUrl")) {
            IconUrls.problemOf(changes.iconUrl()).ifPresent(p -> problems.put("iconUrl", p));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some fields are not valid.", problems);
        }
        Guild guild = store.server(serverId).orElseThrow(() -> new NotFoundException("No such server."));
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        if (given.contains("name") && !changes.name().strip().equals(guild.getName())) {
            before.put("name", guild.getName());
            guild.rename(changes.name().strip());
            after.put("name", guild.getName());
        }
        if (given.contains("description")) {
            String description = changes.description() == null || Texts.isBlank(changes.description()) ? null
                    : changes.description().strip();
            if (!Objects.equals(description, guild.getDescription())) {
                before.put("description", guild.getDescription());
                guild.describe(description);
                after.put("description", description);
            }
        }
        if (given.contains("iconUrl") && !Objects.equals(changes.iconUrl(), guild.getIconUrl())) {
            before.put("iconUrl", guild.getIconUrl());
            guild.showIcon(changes.iconUrl());
            after.put("iconUrl", changes.iconUrl());
        }
        ServerView view = ServerView.of(guild);
        if (!after.isEmpty()) {
            audit.record(AuditRecord.of(serverId, userId, SERVER_UPDATE, "server", serverId, before, after));
            serverChanged.fire(new ServerChanged(view));
        }
        return view;
    }

    /**
     * Deletes the server with everything in it; only its owner may (who else can see it is refused,
     * who cannot is told it does not exist). Its members get {@code server:delete}.
     */
    public void delete(UUID userId, UUID serverId) {
        ServerFacts facts = policy.requireMember(userId, serverId);
        if (!facts.isOwner(userId)) {
            throw new ForbiddenException("Only the owner can delete the server.");
        }
        Set<UUID> members = store.memberIds(serverId);
        store.deleteServer(serverId);
        permissionsChanged.fire(new PermissionsChanged(serverId));
        serverDeleted.fire(new ServerDeleted(serverId, members));
    }

    /** Hands the server to another of its members; only the owner may. Members get {@code server:update}. */
    public ServerView transfer(UUID userId, UUID serverId, TransferOwnership request) {
        ServerFacts facts = policy.requireMember(userId, serverId);
        if (!facts.isOwner(userId)) {
            throw new ForbiddenException("Only the owner can transfer the server.");
        }
        inputs.check(request);
        Guild guild = store.server(serverId).orElseThrow(() -> new NotFoundException("No such server."));
        UUID next = request.userId();
        if (!store.isMember(serverId, next)) {
            throw new InvalidInputException("The new owner must be a member of the server.",
                    Map.of("userId", "must be a member of this server"));
        }
        if (guild.isOwnedBy(next)) {
            return ServerView.of(guild);
        }
        UUID previous = guild.getOwnerId();
        guild.transferTo(next);
        ServerView view = ServerView.of(guild);
        audit.record(AuditRecord.of(serverId, userId, SERVER_TRANSFER, "server", serverId,
                Map.of("ownerId", previous.toString()), Map.of("ownerId", next.toString())));
        permissionsChanged.fire(new PermissionsChanged(serverId));
        serverChanged.fire(new ServerChanged(view));
        return view;
    }

    /** A page of the server's members by user id (any member may look); {@code limit} 1..1000, default 100. */
    public List<MemberView> members(UUID userId, UUID serverId, UUID after, Integer limit) {
        policy.requireMember(userId, serverId);
        if (limit != null && (limit < 1 || limit > MEMBERS_MAX)) {
            throw new InvalidInputException("The limit is out of range.",
                    Map.of("limit", "must be from 1 to " + MEMBERS_MAX));
        }
        return store.members(serverId, after, limit == null ? MEMBERS_DEFAULT : limit);
    }

    /** One member of a server the caller is in. */
    public MemberView member(UUID userId, UUID serverId, UUID memberId) {
        policy.requireMember(userId, serverId);
        return store.memberView(serverId, memberId).orElseThrow(() -> new NotFoundException("No such member."));
    }

    /** The caller leaves the server; its owner cannot (they transfer it first, or delete it). */
    public void leave(UUID userId, UUID serverId) {
        ServerFacts facts = policy.requireMember(userId, serverId);
        if (facts.isOwner(userId)) {
            throw new ConflictException("You own this server: transfer the ownership to another member first, or delete the server.");
        }
        end(serverId, userId);
    }

    /**
     * The user's last connection closed: they stop being a member of every server they joined
     * through a temporary invite and were given no role in since.
     */
    public void endTemporaryMemberships(UUID userId) {
        for (UUID serverId : store.temporaryWithoutRoles(userId)) {
            end(serverId, userId);
        }
    }

    private void end(UUID serverId, UUID userId) {
        store.removeMember(serverId, userId);
        permissionsChanged.fire(new PermissionsChanged(serverId));
        removed.fire(new MemberRemoved(serverId, userId, MemberRemoved.LEFT));
    }

    /** Joins the server of a usable invite; joining a server one is already in changes nothing. */
    public ServerView join(UUID userId, String code) {
        Invite invite = usableInvite(code);
        Guild guild = store.server(invite.getServerId()).orElseThrow();
        if (!store.isMember(guild.getId(), userId)) {
            gates.forEach(g -> g.check(userId, guild.getId()));
            store.add(Member.through(guild.getId(), userId, invite.isTemporary()));
            invite.recordUse();
            permissionsChanged.fire(new PermissionsChanged(guild.getId()));
            joined.fire(new MemberJoined(guild.getId(), users.view(userId).orElseThrow()));
        }
        return ServerView.of(guild);
    }

    /**
     * What an invite leads to, shown before joining to whoever holds the code (signed in or not):
     * the server's name, icon and member count, and who invited.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    public InvitePreview preview(String code) {
        if (code == null || code.isBlank() || code.length() > 16) {
            throw new NotFoundException("This invite is invalid or has expired.");
        }
        Invite invite = store.invite(code).filter(i -> i.isUsable(clock.nowUtc()))
                .orElseThrow(() -> new NotFoundException("This invite is invalid or has expired."));
        Guild guild = store.server(invite.getServerId()).orElseThrow(() -> new NotFoundException("This invite is invalid or has expired."));
        String inviter = users.view(invite.getInviterId()).map(u -> u.displayName()).orElse(null);
        return new InvitePreview(invite.getCode(), guild.getId(), guild.getName(), guild.getIconUrl(),
                store.memberCount(guild.getId()), inviter);
    }

    private Invite usableInvite(String code) {
        if (code == null || code.isBlank() || code.length() > 16) {
            throw new NotFoundException("This invite is invalid or has expired.");
        }
        Invite invite = store.inviteForUse(code).orElse(null);
        if (invite == null || !invite.isUsable(clock.nowUtc())) {
            throw new NotFoundException("This invite is invalid or has expired.");
        }
        return invite;
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
