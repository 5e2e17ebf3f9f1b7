package dev.parley.channel.boundary;

import dev.parley.channel.control.ChannelView;
import dev.parley.platform.boundary.PlaceBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The channel column of the chat page: the channels of the server on screen, the one shown marked. */
@Named("channelList")
@RequestScoped
public class ChannelListBacking {

    @Inject
    PlaceBacking place;

    public List<ChannelView> getChannels() {
        return place.getChannels();
    }

    public boolean selected(ChannelView channel) {
        ChannelView current = place.getCurrentChannel();
        return current != null && current.id().equals(channel.id());
    }

    public boolean text(ChannelView channel) {
        return "text".equals(channel.type());
    }
}
