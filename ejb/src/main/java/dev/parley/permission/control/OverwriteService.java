package dev.parley.permission.control;

import dev.parley.permission.control.ServerFacts.ChannelFact;
import dev.parley.permission.entity.ChannelOverwrite;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.ForbiddenException;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Setting and removing a channel's permission overwrites (Discord's "edit channel permissions").
 * Needs {@code MANAGE_ROLES} in the channel. The change reaches live delivery at once: the
 * server's cached facts are dropped when it commits.
 */
@Stateless
public class OverwriteService {

    @Inject
    PermissionPolicy policy;

    @Inject
    PermissionCache cache;

    @Inject
    PermissionStore store;

    @Inject
    Inputs inputs;

    @Inject
    Clock clock;

    @Inject
    Event<PermissionsChanged> changed;

    @Inject
    Event<OverwriteChanged> overwriteChanged;

    @Inject
    dev.parley.moderation.control.AuditTrail audit;

    /** Audit log actions: an overwrite set (or changed), an overwrite removed. */
    public static final String OVERWRITE_UPDATE = "channel.overwrite.update";
    public static final String OVERWRITE_DELETE = "channel.overwrite.delete";

    public void put(UUID userId, UUID channelId, UUID targetId, OverwriteRequest request) {
        inputs.check(request);
        ChannelFact channel = policy.requireInChannel(userId, channelId, Permission.MANAGE_ROLES);
        ServerFacts facts = cache.server(channel.serverId()).orElseThrow(() -> new NotFoundException("No such channel."));
        boolean role = ChannelOverwrite.ROLE.equals(request.type());
        if (role ? !facts.hasRole(targetId) : !facts.isMember(targetId)) {
            throw new NotFoundException(role ? "This server has no such role." : "This server has no such member.");
        }
        long allow = bits("allow", request.allow());
        long deny = bits("deny", request.deny());
        // as in Discord: nobody allows or denies what they do not hold themselves
        long mine = facts.channelPermissions(userId, channelId, clock.now());
        if (((allow | deny) & ~mine) != 0) {
            throw new ForbiddenException("You can only allow or deny permissions you have in this channel.");
        }
        if ((allow & deny) != 0) {
            throw new InvalidInputException("A permission cannot be both allowed and denied.",
                    Map.of("deny", "overlaps allow"));
        }
        Map<String, Object> before = described(facts, channelId, targetId);
        store.putOverwrite(new ChannelOverwrite(channelId, request.type(), targetId, allow, deny));
        audit.record(dev.parley.moderation.control.AuditRecord.of(channel.serverId(), userId, OVERWRITE_UPDATE, "channel",
                channelId, before, described(request.type(), targetId, allow, deny)));
        changed.fire(new PermissionsChanged(channel.serverId()));
        overwriteChanged.fire(new OverwriteChanged(channel.serverId(), channelId));
    }

    public void remove(UUID userId, UUID channelId, UUID targetId) {
        ChannelFact channel = policy.requireInChannel(userId, channelId, Permission.MANAGE_ROLES);
        Map<String, Object> before = cache.server(channel.serverId()).map(f -> described(f, channelId, targetId)).orElse(null);
        boolean removed = store.removeOverwrite(channelId, ChannelOverwrite.ROLE, targetId)
                | store.removeOverwrite(channelId, ChannelOverwrite.MEMBER, targetId);
        if (!removed) {
            throw new NotFoundException("This channel has no overwrite for that role or member.");
        }
        audit.record(dev.parley.moderation.control.AuditRecord.of(channel.serverId(), userId, OVERWRITE_DELETE, "channel",
                channelId, before, null));
        changed.fire(new PermissionsChanged(channel.serverId()));
        overwriteChanged.fire(new OverwriteChanged(channel.serverId(), channelId));
    }

    /** The channel's own overwrite for the role or member as the audit log shows it, or null for none. */
    private static Map<String, Object> described(ServerFacts facts, UUID channelId, UUID targetId) {
        return facts.overwritesOn(channelId).stream().filter(o -> o.targetId().equals(targetId)).findFirst()
                .map(o -> described(o.targetType(), targetId, o.allow(), o.deny())).orElse(null);
    }

    private static Map<String, Object> described(String type, UUID targetId, long allow, long deny) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("type", type);
        fields.put("id", targetId.toString());
        fields.put("allow", Permission.names(allow));
        fields.put("deny", Permission.names(deny));
        return fields;
    }

    /** The set of the named permissions; a 400 naming {@code field} for an unknown name. */
    public static long bits(String field, List<String> names) {
        long set = 0;
        if (names == null) {
            return set;
        }
        for (String name : names) {
            set |= Permission.named(name).orElseThrow(() -> new InvalidInputException(
                    "There is no permission of that name.", Map.of(field, "has an unknown permission"))).bit();
        }
        return set;
    }
}
