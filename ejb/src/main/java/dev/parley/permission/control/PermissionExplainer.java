package dev.parley.permission.control;

import dev.parley.permission.control.PermissionCalculator.Overwrite;
import dev.parley.permission.control.ServerFacts.ChannelFact;
import dev.parley.permission.control.ServerFacts.MemberFact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Why a member holds, or lacks, one permission in a channel: {@link PermissionCalculator}'s
 * algorithm walked for that one permission, keeping each step that touched it, in order. Pure, over
 * {@link ServerFacts} and the names to show. Its verdict is worked out by the walk itself, and a
 * test holds it equal to {@link ServerFacts#channelPermissions} over many random servers: an
 * explanation that disagreed with the decision would be worse than none.
 */
public final class PermissionExplainer {

    public static final String OWNER = "owner";
    public static final String EVERYONE = "everyone";
    public static final String ROLE = "role";
    public static final String ADMINISTRATOR = "administrator";
    public static final String OVERWRITE = "overwrite";
    public static final String VIEW_CHANNEL = "view-channel";
    public static final String TIMEOUT = "timeout";

    public static final String ALLOW = "allow";
    public static final String DENY = "deny";
    public static final String NONE = "none";

    private static final long TIMEOUT_KEEPS = Permission.of(Permission.VIEW_CHANNEL, Permission.READ_MESSAGE_HISTORY);

    private PermissionExplainer() {
    }

    /** What a step is about: a role, a member, a channel or a category. */
    public record Source(String type, UUID id, String name) {
    }

    /**
     * One step of the decision. {@code on} is where an overwrite is set (the channel itself, or the
     * category it inherits from); null for steps that are not overwrites.
     */
    public record Step(String step, Source source, Source on, String effect, String detail) {
    }

    /** The verdict for the named permission and the steps that reached it. */
    public record Explanation(boolean allowed, List<Step> steps) {
    }

    /**
     * Explains {@code permission} for {@code userId} in {@code channelId}. {@code names} gives the
     * names of roles, channels and the member (by id); an id without a name is shown as its id.
     */
    public static Explanation explain(ServerFacts facts, UUID userId, UUID channelId, Instant now,
            Permission permission, Map<UUID, String> names) {
        MemberFact member = facts.member(userId).orElse(null);
        ChannelFact channel = facts.channel(channelId).orElse(null);
        if (member == null || channel == null) {
            throw new IllegalArgumentException("not a member, or not a channel of this server");
        }
        Walk walk = new Walk(permission, names);
        Source who = new Source("member", userId, walk.name(userId));
        if (facts.isOwner(userId)) {
            walk.add(OWNER, who, null, ALLOW, who.name() + " owns the server, which gives every permission everywhere.");
            return walk.done(true);
        }

        // 1. server-wide: @everyone, then each role of the member that grants it; ADMINISTRATOR gives all
        UUID everyoneId = facts.everyoneRoleId();
        long everyoneBits = facts.roleBits(everyoneId);
        Source everyone = new Source(ROLE, everyoneId, "@everyone");
        boolean has = permission.in(everyoneBits);
        boolean view = Permission.VIEW_CHANNEL.in(everyoneBits);
        walk.add(EVERYONE, everyone, null, has ? ALLOW : NONE, has
                ? "@everyone grants " + permission.name() + " to every member."
                : "@everyone does not grant " + permission.name() + ".");
        List<UUID> roles = new ArrayList<>(member.roleIds());
        roles.removeIf(r -> !facts.hasRole(r));
        // highest first, as a person reads a role list
        roles.sort(Comparator.comparingInt(facts::rolePosition).reversed().thenComparing(UUID::toString));
        Source admin = Permission.ADMINISTRATOR.in(everyoneBits) ? everyone : null;
        for (UUID roleId : roles) {
            long bits = facts.roleBits(roleId);
            Source role = new Source(ROLE, roleId, walk.name(roleId));
            if (permission.in(bits)) {
                has = true;
                walk.add(ROLE, role, null, ALLOW, "The role " + role.name() + " grants " + permission.name() + ".");
            }
            view |= Permission.VIEW_CHANNEL.in(bits);
            if (admin == null && Permission.ADMINISTRATOR.in(bits)) {
                admin = role;
            }
        }
        if (admin != null) {
            walk.add(ADMINISTRATOR, admin, null, ALLOW, admin.name() + " grants ADMINISTRATOR, which gives every"
                    + " permission and is not limited by channel overwrites.");
            return walk.done(true);
        }

        // 2. the channel's overwrites (or its category's): @everyone, the member's roles together, the member
        UUID placeId = facts.overwriteSource(channelId);
        Source on = place(facts, channelId, placeId, walk);
        String where = on == null ? "" : on.id().equals(channelId) ? " on this channel"
                : "category".equals(on.type()) ? " on the category " + on.name() + ", which this channel inherits"
                : " on " + on.name() + ", which this channel follows";
        List<Overwrite> overwrites = facts.overwritesOn(placeId);
        Overwrite everyoneOverwrite = null;
        List<Overwrite> roleOverwrites = new ArrayList<>();
        Overwrite own = null;
        for (Overwrite o : overwrites) {
            if ("role".equals(o.targetType())) {
                if (o.targetId().equals(everyoneId)) {
                    everyoneOverwrite = o;
                } else if (member.roleIds().contains(o.targetId())) {
                    roleOverwrites.add(o);
                }
            } else if (o.targetId().equals(userId)) {
                own = o;
            }
        }
        if (everyoneOverwrite != null) {
            Source target = everyone;
            has = walk.overwrite(everyoneOverwrite, target, on, where, has);
            view = apply(everyoneOverwrite.allow(), everyoneOverwrite.deny(), view);
        }
        long roleAllow = 0;
        long roleDeny = 0;
        roleOverwrites.sort(Comparator.comparingInt((Overwrite o) -> facts.rolePosition(o.targetId())).reversed()
                .thenComparing(o -> o.targetId().toString()));
        // all the member's roles count together: every deny first, then every allow
        for (Overwrite o : roleOverwrites) {
            roleDeny |= o.deny();
            if (permission.in(o.deny())) {
                has = false;
                Source target = new Source(ROLE, o.targetId(), walk.name(o.targetId()));
                walk.add(OVERWRITE, target, on, DENY, "An overwrite for the role " + target.name() + where + " denies "
                        + permission.name() + ".");
            }
        }
        for (Overwrite o : roleOverwrites) {
            roleAllow |= o.allow();
            if (permission.in(o.allow())) {
                has = true;
                Source target = new Source(ROLE, o.targetId(), walk.name(o.targetId()));
                walk.add(OVERWRITE, target, on, ALLOW, "An overwrite for the role " + target.name() + where + " allows "
                        + permission.name() + (roleDeny != 0 && permission.in(roleDeny)
                        ? " (among the member's roles, an allow wins over a deny)." : "."));
            }
        }
        view = apply(roleAllow, roleDeny, view);
        if (own != null) {
            has = walk.overwrite(own, who, on, where, has);
            view = apply(own.allow(), own.deny(), view);
        }

        // 3. without VIEW_CHANNEL nothing counts; time-out keeps only viewing and reading
        if (!view) {
            if (permission != Permission.VIEW_CHANNEL) {
                Source here = new Source(kind(channel), channelId, walk.name(channelId));
                walk.add(VIEW_CHANNEL, here, null, DENY, who.name() + " cannot view this channel, so no other"
                        + " permission counts in it.");
            }
            return walk.done(false);
        }
        boolean timedOut = member.timeoutUntil() != null && member.timeoutUntil().isAfter(now);
        if (timedOut) {
            boolean kept = (permission.bit() & TIMEOUT_KEEPS) != 0;
            if (kept || has) {
                walk.add(TIMEOUT, who, null, kept ? NONE : DENY, who.name() + " is timed out until "
                        + member.timeoutUntil() + (kept ? "; a member in time-out keeps " + permission.name() + "."
                        : "; a member in time-out may only view channels and read their history."));
            }
            has = has && kept;
        }
        return walk.done(has);
    }

    private static boolean apply(long allow, long deny, boolean view) {
        if (Permission.VIEW_CHANNEL.in(deny)) {
            view = false;
        }
        return view || Permission.VIEW_CHANNEL.in(allow);
    }

    /** Where the overwrites that apply are set, as a source; null when the channel is unknown. */
    private static Source place(ServerFacts facts, UUID channelId, UUID placeId, Walk walk) {
        if (placeId == null) {
            return null;
        }
        ChannelFact place = facts.channel(placeId).orElse(null);
        String type = place == null ? "channel" : kind(place);
        return new Source(type, placeId, walk.name(placeId));
    }

    private static String kind(ChannelFact channel) {
        return channel.type() == dev.parley.channel.entity.ChannelType.CATEGORY ? "category" : "channel";
    }

    /** The steps so far, the permission they are about, and the names to show. */
    private static final class Walk {
        private final Permission permission;
        private final Map<UUID, String> names;
        private final List<Step> steps = new ArrayList<>();

        Walk(Permission permission, Map<UUID, String> names) {
            this.permission = permission;
            this.names = names;
        }

        String name(UUID id) {
            String name = names.get(id);
            return name == null ? id.toString() : name;
        }

        void add(String step, Source source, Source on, String effect, String detail) {
            steps.add(new Step(step, source, on, effect, detail));
        }

        /** One overwrite (deny, then allow) on the permission; what the member holds after it. */
        boolean overwrite(Overwrite o, Source target, Source on, String where, boolean has) {
            String whose = ROLE.equals(target.type()) ? "the role " + target.name() : target.name();
            if (permission.in(o.deny())) {
                has = false;
                add(OVERWRITE, target, on, DENY, "An overwrite for " + whose + where + " denies " + permission.name() + ".");
            }
            if (permission.in(o.allow())) {
                has = true;
                add(OVERWRITE, target, on, ALLOW, "An overwrite for " + whose + where + " allows " + permission.name() + ".");
            }
            return has;
        }

        Explanation done(boolean allowed) {
            return new Explanation(allowed, List.copyOf(steps));
        }
    }
}
