package dev.parley.permission.control;

import dev.parley.channel.entity.ChannelType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Everything that decides permissions in one server, as an immutable snapshot: its owner, its
 * roles and who holds them, its members (and their time-outs), its channels and their overwrites.
 * {@link PermissionCache} keeps one per server and drops it when any of it changes, so deciding
 * who may see a message costs no query. The arithmetic is {@link PermissionCalculator}'s.
 */
public final class ServerFacts {

    /** A member as permissions see them. */
    public record MemberFact(Set<UUID> roleIds, Instant timeoutUntil) {
        public MemberFact {
            roleIds = Set.copyOf(roleIds);
        }
    }

    /** A channel as permissions see them, with its slow mode (seconds between two messages of a member; 0 for none). */
    public record ChannelFact(UUID id, UUID serverId, UUID parentId, ChannelType type, int slowModeSeconds) {
        public ChannelFact(UUID id, UUID serverId, UUID parentId, ChannelType type) {
            this(id, serverId, parentId, type, 0);
        }
    }

    private final UUID serverId;
    private final UUID ownerId;
    private final UUID everyoneRoleId;
    private final long everyoneBits;
    private final Map<UUID, Long> roleBits;
    private final Map<UUID, MemberFact> members;
    private final Map<UUID, ChannelFact> channels;
    private final Map<UUID, List<PermissionCalculator.Overwrite>> overwrites;
    /** each role's position in the hierarchy (higher is more senior); {@code @everyone} is 0 */
    private final Map<UUID, Integer> rolePositions;
    /** each member's server-wide permissions, worked out once: fan-out asks per recipient */
    private final Map<UUID, Long> baseOf;

    /** Without role positions (every role at 0): for unit tests that need no hierarchy. */
    public ServerFacts(UUID serverId, UUID ownerId, UUID everyoneRoleId, long everyoneBits, Map<UUID, Long> roleBits,
            Map<UUID, MemberFact> members, Map<UUID, ChannelFact> channels,
            Map<UUID, List<PermissionCalculator.Overwrite>> overwrites) {
        this(serverId, ownerId, everyoneRoleId, everyoneBits, roleBits, Map.of(), members, channels, overwrites);
    }

    public ServerFacts(UUID serverId, UUID ownerId, UUID everyoneRoleId, long everyoneBits, Map<UUID, Long> roleBits,
            Map<UUID, Integer> rolePositions, Map<UUID, MemberFact> members, Map<UUID, ChannelFact> channels,
            Map<UUID, List<PermissionCalculator.Overwrite>> overwrites) {
        this.rolePositions = Map.copyOf(rolePositions);
        this.serverId = serverId;
        this.ownerId = ownerId;
        this.everyoneRoleId = everyoneRoleId;
        this.everyoneBits = everyoneBits;
        this.roleBits = Map.copyOf(roleBits);
        this.members = Map.copyOf(members);
        this.channels = Map.copyOf(channels);
        this.overwrites = Map.copyOf(overwrites);
        Map<UUID, Long> base = new java.util.HashMap<>(members.size() * 2);
        members.forEach((user, member) -> base.put(user, PermissionCalculator.base(user.equals(ownerId), everyoneBits,
                member.roleIds().stream().map(id -> roleBits.getOrDefault(id, 0L)).toList())));
        this.baseOf = base;
    }

    public UUID serverId() {
        return serverId;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public UUID everyoneRoleId() {
        return everyoneRoleId;
    }

    public boolean isOwner(UUID userId) {
        return userId != null && userId.equals(ownerId);
    }

    /** The role's position in the hierarchy; {@code @everyone} (and an unknown role) is 0. */
    public int rolePosition(UUID roleId) {
        return roleId == null ? 0 : rolePositions.getOrDefault(roleId, 0);
    }

    /** The position of the member's highest role: above every role for the owner, 0 with none. */
    public int highestPosition(UUID userId) {
        if (isOwner(userId)) {
            return Integer.MAX_VALUE;
        }
        int highest = 0;
        for (UUID role : rolesOf(userId)) {
            highest = Math.max(highest, rolePosition(role));
        }
        return highest;
    }

    /**
     * Whether {@code actor} stands above {@code target} in the role hierarchy, as Discord decides
     * who may kick, ban, time out, rename or change the roles of whom: the owner stands above
     * everyone, nobody above the owner, otherwise the actor's highest role must be strictly higher.
     */
    public boolean outranks(UUID actor, UUID target) {
        if (isOwner(actor)) {
            return !isOwner(target);
        }
        return !isOwner(target) && highestPosition(actor) > highestPosition(target);
    }

    /** Whether {@code actor} may manage the role: the owner any, others only those below their highest role. */
    public boolean outranksRole(UUID actor, UUID roleId) {
        return isOwner(actor) || highestPosition(actor) > rolePosition(roleId);
    }

    public boolean isMember(UUID userId) {
        return userId != null && members.containsKey(userId);
    }

    /** Whether the role (the {@code @everyone} role included) is one of this server's. */
    public boolean hasRole(UUID roleId) {
        return roleId != null && (roleId.equals(everyoneRoleId) || roleBits.containsKey(roleId));
    }

    /** The members who hold any of the roles, or every member when {@code everyone}. */
    public java.util.Set<UUID> membersWith(java.util.Set<UUID> roleIds, boolean everyone) {
        java.util.Set<UUID> found = new java.util.HashSet<>();
        members.forEach((user, member) -> {
            if (everyone || (!roleIds.isEmpty() && member.roleIds().stream().anyMatch(roleIds::contains))) {
                found.add(user);
            }
        });
        return found;
    }

    /** The roles the member holds besides {@code @everyone}; none for a non-member. */
    public java.util.Set<UUID> rolesOf(UUID userId) {
        MemberFact member = userId == null ? null : members.get(userId);
        return member == null ? java.util.Set.of() : member.roleIds();
    }

    /** Until when the member is timed out, if they are at {@code now} (the owner never is). */
    public Optional<Instant> timedOutUntil(UUID userId, Instant now) {
        MemberFact member = userId == null ? null : members.get(userId);
        return inTimeOut(userId, member, now) ? Optional.of(member.timeoutUntil()) : Optional.empty();
    }

    /** The one test of a time-out: the member's runs past {@code now}, and they do not own the server. */
    private boolean inTimeOut(UUID userId, MemberFact member, Instant now) {
        return member != null && !isOwner(userId) && member.timeoutUntil() != null && member.timeoutUntil().isAfter(now);
    }

    public int memberCount() {
        return members.size();
    }

    public Optional<ChannelFact> channel(UUID channelId) {
        return Optional.ofNullable(channelId == null ? null : channels.get(channelId));
    }

    /** The server's channels, in no particular order. */
    public java.util.Collection<ChannelFact> channels() {
        return channels.values();
    }

    /** The member's permissions server-wide; 0 for a non-member. */
    public long serverPermissions(UUID userId) {
        Long base = userId == null ? null : baseOf.get(userId);
        return base == null ? 0 : base;
    }

    /**
     * The member's permissions server-wide at {@code now}: a member in time-out keeps only what
     * {@link PermissionCalculator#inChannel} leaves them (viewing and reading), so they can create no
     * invite, channel or role either.
     */
    public long serverPermissions(UUID userId, Instant now) {
        long base = serverPermissions(userId);
        if (!inTimeOut(userId, userId == null ? null : members.get(userId), now)) {
            return base;
        }
        return Permission.ADMINISTRATOR.in(base) ? base : base & PermissionCalculator.TIMEOUT_KEEPS;
    }

    /** The member's permissions in the channel at {@code now}; 0 for a non-member or an unknown channel. */
    public long channelPermissions(UUID userId, UUID channelId, Instant now) {
        MemberFact member = userId == null ? null : members.get(userId);
        ChannelFact channel = channelId == null ? null : channels.get(channelId);
        if (member == null || channel == null) {
            return 0;
        }
        return PermissionCalculator.inChannel(baseOf.get(userId), everyoneRoleId, member.roleIds(), userId,
                effectiveOverwrites(channel), inTimeOut(userId, member, now));
    }

    /**
     * The channel whose overwrites apply in {@code channelId}: the channel itself when it has its
     * own (or has no category), else its category; a thread follows its parent channel. Null for an
     * unknown channel (or a thread whose parent is unknown).
     */
    public UUID overwriteSource(UUID channelId) {
        ChannelFact channel = channelId == null ? null : channels.get(channelId);
        if (channel == null) {
            return null;
        }
        if (channel.type() == ChannelType.THREAD && channel.parentId() != null) {
            return overwriteSource(channel.parentId());
        }
        if (channel.parentId() != null && overwrites.getOrDefault(channel.id(), List.of()).isEmpty()) {
            return channel.parentId();
        }
        return channel.id();
    }

    /** The overwrites set on the channel (or category) itself, inherited ones not included. */
    public List<PermissionCalculator.Overwrite> overwritesOn(UUID channelId) {
        return channelId == null ? List.of() : overwrites.getOrDefault(channelId, List.of());
    }

    /** The bits of the role ({@code @everyone} included); 0 for an unknown role. */
    public long roleBits(UUID roleId) {
        if (roleId != null && roleId.equals(everyoneRoleId)) {
            return everyoneBits;
        }
        return roleId == null ? 0 : roleBits.getOrDefault(roleId, 0L);
    }

    /** The member as permissions see them; empty for a non-member. */
    public Optional<MemberFact> member(UUID userId) {
        return Optional.ofNullable(userId == null ? null : members.get(userId));
    }

    /** A channel's own overwrites, or its category's when it has none of its own; a thread follows its parent's. */
    private List<PermissionCalculator.Overwrite> effectiveOverwrites(ChannelFact channel) {
        return overwritesOn(overwriteSource(channel.id()));
    }
}
