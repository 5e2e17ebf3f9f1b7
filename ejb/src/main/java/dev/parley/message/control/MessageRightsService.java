package dev.parley.message.control;

import dev.parley.channel.entity.ChannelType;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.permission.control.ServerFacts.ChannelFact;
import dev.parley.platform.control.ParleyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * A reader's {@link MessageRights} in a channel, decided by the same {@link PermissionPolicy} (from its cache, no
 * query) and by the same rules as {@link MessageService#delete}, {@link PinService} and
 * {@link dev.parley.channel.control.ThreadService#start}.
 */
@ApplicationScoped
public class MessageRightsService {

    @Inject
    PermissionPolicy policy;

    public MessageRights of(UUID readerId, UUID channelId) {
        ChannelFact channel;
        try {
            channel = policy.requireInChannel(readerId, channelId, Permission.VIEW_CHANNEL);
        } catch (ParleyException e) {
            return MessageRights.NONE;
        }
        boolean manage = policy.holds(readerId, channelId, Permission.MANAGE_MESSAGES);
        // as ThreadService.start decides
        boolean thread = channel.type() == ChannelType.TEXT && policy.holds(readerId, channelId, Permission.SEND_MESSAGES);
        return new MessageRights(manage, manage || channel.type() == ChannelType.DM, thread);
    }
}
