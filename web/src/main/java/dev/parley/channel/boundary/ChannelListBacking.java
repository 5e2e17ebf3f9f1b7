package dev.parley.channel.boundary;

import dev.parley.channel.control.ChannelView;
import dev.parley.channel.control.ThreadView;
import dev.parley.platform.boundary.PlaceBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The channel column of the chat page: the channels of the server on screen and their threads, the one shown marked. */
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

    /** The threads under a channel, newest first. */
    public List<ThreadView> threadsOf(ChannelView channel) {
        return place.getThreads().stream().filter(t -> channel.id().equals(t.parentId())).toList();
    }

    public boolean selectedThread(ThreadView thread) {
        ChannelView current = place.getCurrentChannel();
        return current != null && current.id().equals(thread.id());
    }

    public boolean text(ChannelView channel) {
        return "text".equals(channel.type());
    }
}
