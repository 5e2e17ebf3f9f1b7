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
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Stateless
public class GuildService {

    /** The text channel every new server starts with. */
    public static final String FIRST_CHANNEL = "general";
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

    public ServerView create(UUID ownerId, NewServer request) {
        inputs.check(request);
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
        Guild guild = store.server(serverId).orElseThrow(() -> new NotFoundException("No such server."));
        Integer maxUses = limits.maxUses() == null || limits.maxUses() == 0 ? null : limits.maxUses();
        OffsetDateTime expires = limits.maxAgeSeconds() == null || limits.maxAgeSeconds() == 0 ? null
                : clock.nowUtc().plusSeconds(limits.maxAgeSeconds());
        Invite invite = new Invite(newCode(), serverId, null, userId, maxUses, expires);
        store.add(invite);
        return InviteView.of(invite, guild);
    }

    /** Joins the server of a usable invite; joining a server one is already in changes nothing. */
    public ServerView join(UUID userId, String code) {
        Invite invite = usableInvite(code);
        Guild guild = store.server(invite.getServerId()).orElseThrow();
        if (!store.isMember(guild.getId(), userId)) {
            gates.forEach(g -> g.check(userId, guild.getId()));
            store.add(new Member(guild.getId(), userId));
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
