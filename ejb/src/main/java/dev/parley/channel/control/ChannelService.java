package dev.parley.channel.control;

import dev.parley.channel.entity.Channel;
import dev.parley.channel.entity.ChannelType;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.Inputs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Stateless
public class ChannelService {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Inject
    Inputs inputs;

    @Inject
    PermissionPolicy policy;

    /** The server's channels the user may see, in display order. */
    public List<ChannelView> list(UUID userId, UUID serverId) {
        var guild = policy.requireMember(userId, serverId);
        List<Channel> all = em.createNamedQuery(Channel.OF_SERVER, Channel.class).setParameter("serverId", serverId)
                .getResultList();
        return policy.visibleChannels(userId, guild, all).stream().map(ChannelView::of).toList();
    }

    public ChannelView create(UUID userId, UUID serverId, NewChannel request) {
        inputs.check(request);
        policy.requireInServer(userId, serverId, Permission.MANAGE_CHANNELS);
        ChannelType type = ChannelType.parse(request.type() == null ? "text" : request.type()).orElseThrow();
        UUID parentId = request.parentId();
        if (parentId != null) {
            Channel parent = em.find(Channel.class, parentId);
            if (type == ChannelType.CATEGORY) {
                throw new InvalidInputException("A category cannot be inside another category.",
                        Map.of("parentId", "must be empty for a category"));
            }
            if (parent == null || !parent.getServerId().equals(serverId) || parent.getType() != ChannelType.CATEGORY) {
                throw new InvalidInputException("The parent must be a category of this server.",
                        Map.of("parentId", "must be a category of this server"));
            }
        }
        int position = ((Number) em.createNamedQuery(Channel.MAX_POSITION)
                .setParameter("serverId", serverId).getSingleResult()).intValue() + 1;
        String topic = request.topic() == null || request.topic().isBlank() ? null : request.topic().trim();
        Channel channel = new Channel(serverId, request.name().trim(), type, position, topic, parentId);
        em.persist(channel);
        return ChannelView.of(channel);
    }

    public ChannelView get(UUID userId, UUID channelId) {
        return ChannelView.of(policy.requireInChannel(userId, channelId, Permission.VIEW_CHANNEL));
    }
}
