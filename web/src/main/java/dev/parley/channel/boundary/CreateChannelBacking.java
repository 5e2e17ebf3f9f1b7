package dev.parley.channel.boundary;

import dev.parley.channel.control.ChannelService;
import dev.parley.channel.control.ChannelView;
import dev.parley.channel.control.NewChannel;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.control.ParleyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;

/** The "Create a text channel" dialog: adds a channel to the server on screen and opens it. */
@Named("createChannel")
@RequestScoped
public class CreateChannelBacking {

    @Inject
    ChannelService channels;

    @Inject
    SignedInUser me;

    @Inject
    PlaceBacking place;

    private String name;

    public String create() {
        try {
            ChannelView created = channels.create(me.id(), place.getCurrentServer().id(),
                    new NewChannel(name, "text", null, null));
            return PlaceBacking.channelOutcome(created.serverId(), created.id());
        } catch (ParleyException e) {
            PageMessages.show(e, "create-channel-form", Set.of("name"));
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
