package dev.parley.channel.control;

import dev.parley.channel.entity.Channel;
import dev.parley.channel.entity.ChannelType;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.permission.control.PermissionsChanged;
import dev.parley.permission.control.ServerFacts;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Stateless
public class ChannelService {

    @Inject
    ChannelStore store;

    @Inject
    Inputs inputs;

    @Inject
    PermissionPolicy policy;

    @Inject
    Event<PermissionsChanged> permissionsChanged;

    /** The server's channels the user may see, in display order. */
    public List<ChannelView> list(UUID userId, UUID serverId) {
        ServerFacts facts = policy.requireMember(userId, serverId);
        return policy.visibleChannels(userId, facts, store.ofServer(serverId)).stream()
                .filter(c -> c.getType() != ChannelType.THREAD) // listed under their parents
                .map(ChannelView::of).toList();
    }

    public ChannelView create(UUID userId, UUID serverId, NewChannel request) {
        inputs.check(request);
        policy.requireInServer(userId, serverId, Permission.MANAGE_CHANNELS);
        ChannelType type = ChannelType.parse(request.type() == null ? "text" : request.type()).orElseThrow();
        UUID parentId = request.parentId();
        if (parentId != null) {
            Channel parent = store.channel(parentId).orElse(null);
            if (type == ChannelType.CATEGORY) {
                throw new InvalidInputException("A category cannot be inside another category.",
                        Map.of("parentId", "must be empty for a category"));
            }
            if (parent == null || !serverId.equals(parent.getServerId()) || parent.getType() != ChannelType.CATEGORY) {
                throw new InvalidInputException("The parent must be a category of this server.",
                        Map.of("parentId", "must be a category of this server"));
            }
        }
        String topic = request.topic() == null || request.topic().isBlank() ? null : request.topic().trim();
        Channel channel = new Channel(serverId, request.name().trim(), type, store.nextPosition(serverId), topic, parentId);
        store.add(channel);
        permissionsChanged.fire(new PermissionsChanged(serverId));
        return ChannelView.of(channel);
    }

    public ChannelView get(UUID userId, UUID channelId) {
        policy.requireInChannel(userId, channelId, Permission.VIEW_CHANNEL);
        return ChannelView.of(store.channel(channelId).orElseThrow(() -> new NotFoundException("No such channel.")));
    }
}
