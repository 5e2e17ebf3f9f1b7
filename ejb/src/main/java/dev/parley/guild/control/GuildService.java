package dev.parley.guild.control;

import dev.parley.guild.entity.Guild;
import dev.parley.guild.entity.Invite;
import dev.parley.guild.entity.Member;
import dev.parley.channel.entity.Channel;
import dev.parley.channel.entity.ChannelType;
import dev.parley.identity.entity.UserAccount;
import dev.parley.identity.control.UserView;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.permission.entity.Role;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Stateless
public class GuildService {

    /** The text channel every new server starts with. */
    public static final String FIRST_CHANNEL = "general";
    private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Inject
    Inputs inputs;

    @Inject
    PermissionPolicy policy;

    @Inject
    Event<MemberJoined> joined;

    public ServerView create(UUID ownerId, NewServer request) {
        inputs.check(request);
        Guild guild = new Guild(request.name().trim(), ownerId);
        em.persist(guild);
        // the rows below refer to the server; entities map ids, not relations, so order the inserts
        em.flush();
        em.persist(new Member(guild.getId(), ownerId));
        em.persist(Role.everyone(guild.getId(), Permission.EVERYONE_DEFAULT));
        em.persist(new Channel(guild.getId(), FIRST_CHANNEL, ChannelType.TEXT, 0, null, null));
        return ServerView.of(guild);
    }

    /** The servers the user is a member of, oldest first. */
    public List<ServerView> mine(UUID userId) {
        return em.createQuery("select g from Guild g, Member m where m.serverId = g.id and m.userId = :u"
                        + " order by m.joinedAt, g.id", Guild.class)
                .setParameter("u", userId).getResultStream().map(ServerView::of).toList();
    }

    public ServerView get(UUID userId, UUID serverId) {
        return ServerView.of(policy.requireMember(userId, serverId));
    }

    public InviteView invite(UUID userId, UUID serverId, NewInvite request) {
        NewInvite limits = inputs.check(request == null ? NewInvite.UNLIMITED : request);
        Guild guild = policy.requireInServer(userId, serverId, Permission.CREATE_INSTANT_INVITE);
        Integer maxUses = limits.maxUses() == null || limits.maxUses() == 0 ? null : limits.maxUses();
        OffsetDateTime expires = limits.maxAgeSeconds() == null || limits.maxAgeSeconds() == 0 ? null
                : OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(limits.maxAgeSeconds());
        Invite invite = new Invite(newCode(), serverId, null, userId, maxUses, expires);
        em.persist(invite);
        return InviteView.of(invite, guild);
    }

    /** Joins the server of a usable invite; joining a server one is already in changes nothing. */
    public ServerView join(UUID userId, String code) {
        Invite invite = usableInvite(code, true);
        Guild guild = em.find(Guild.class, invite.getServerId());
        if (em.find(Member.class, new Member.Key(guild.getId(), userId)) == null) {
            em.persist(new Member(guild.getId(), userId));
            invite.recordUse();
            Set<UUID> members = new HashSet<>(em.createNamedQuery(Member.USER_IDS_OF_SERVER, UUID.class)
                    .setParameter("serverId", guild.getId()).getResultList());
            members.add(userId);
            joined.fire(new MemberJoined(guild.getId(), UserView.of(em.find(UserAccount.class, userId)), members));
        }
        return ServerView.of(guild);
    }

    private Invite usableInvite(String code, boolean lock) {
        if (code == null || code.isBlank() || code.length() > 16) {
            throw new NotFoundException("This invite is invalid or has expired.");
        }
        Invite invite = lock ? em.find(Invite.class, code, LockModeType.PESSIMISTIC_WRITE) : em.find(Invite.class, code);
        if (invite == null || !invite.isUsable(OffsetDateTime.now(ZoneOffset.UTC))) {
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
