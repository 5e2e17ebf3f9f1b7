package dev.parley.permission.control;

import dev.parley.identity.control.IdentityStore;
import dev.parley.permission.control.ServerFacts.ChannelFact;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /api/channels/{id}/permissions/explain}: why someone may or may not do something in
 * a channel. Anyone may ask about themselves; asking about someone else needs MANAGE_ROLES in the
 * channel. The verdict is the policy's own, from the same cached facts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ExplainService {

    @Inject
    PermissionPolicy policy;

    @Inject
    PermissionCache cache;

    @Inject
    RoleStore roles;

    @Inject
    IdentityStore users;

    @Inject
    Clock clock;

    /** {@code userId} null asks about the caller; {@code permission} is a permission's name. */
    public PermissionExplanation explain(UUID callerId, UUID channelId, UUID userId, String permission) {
        if (permission == null || permission.isBlank()) {
            throw new InvalidInputException("Say which permission to explain.", Map.of("permission", "is required"));
        }
        Permission asked = Permission.named(permission).orElseThrow(() -> new InvalidInputException(
                "There is no permission of that name.", Map.of("permission", "is not a permission")));
        UUID target = userId == null ? callerId : userId;
        ChannelFact channel = policy.requireInChannel(callerId, channelId, Permission.VIEW_CHANNEL);
        if (!target.equals(callerId)) {
            policy.requireInChannel(callerId, channelId, Permission.MANAGE_ROLES,
                    "You need MANAGE_ROLES in this channel to see why someone else may or may not do something;"
                            + " anyone may ask about themselves.");
        }
        ServerFacts facts = cache.server(channel.serverId()).orElseThrow(() -> new NotFoundException("No such channel."));
        if (facts.everyoneRoleId() == null) {
            throw new InvalidInputException("A direct-message conversation has no roles or overwrites to explain.",
                    Map.of("channelId", "is a direct-message channel"));
        }
        if (!facts.isMember(target)) {
            throw new NotFoundException("This server has no such member.");
        }
        Map<UUID, String> names = new HashMap<>(roles.names(channel.serverId()));
        users.view(target).ifPresent(u -> names.put(target, u.displayName() != null ? u.displayName() : u.username()));
        Instant now = clock.now();
        PermissionExplainer.Explanation explanation = PermissionExplainer.explain(facts, target, channelId, now, asked,
                names);
        return new PermissionExplanation(target, channelId, Permission.names(facts.channelPermissions(target, channelId, now)),
                asked.name(), explanation.allowed(), explanation.steps());
    }
}
