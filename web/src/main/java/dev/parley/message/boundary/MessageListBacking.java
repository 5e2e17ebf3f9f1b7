package dev.parley.message.boundary;

import dev.parley.channel.control.ChannelView;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.message.control.History;
import dev.parley.message.control.MessageService;
import dev.parley.message.control.MessageView;
import dev.parley.platform.boundary.PlaceBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The messages of the channel on screen, newest at the bottom. Loaded when the page is loaded
 * (and, as a fallback, after its push channel reconnected); new messages then arrive by push,
 * already rendered, and the page's script appends them.
 */
@Named("messageList")
@RequestScoped
public class MessageListBacking {

    @Inject
    MessageService messages;

    @Inject
    SignedInUser me;

    @Inject
    PlaceBacking place;

    private List<MessageView> newestFirst;

    private List<MessageView> loaded() {
        if (newestFirst == null) {
            ChannelView channel = place.getCurrentChannel();
            newestFirst = channel == null ? List.of() : messages.history(me.id(), channel.id(), History.latest());
        }
        return newestFirst;
    }

    /** True while the channel has no messages: the page shows its welcome instead. */
    public boolean isChannelStart() {
        return loaded().isEmpty();
    }

    /** The list's items, oldest first, rendered (and escaped) by {@link MessageHtml}. */
    public String getHtml() {
        List<MessageView> shown = loaded();
        StringBuilder html = new StringBuilder();
        for (int i = shown.size() - 1; i >= 0; i--) {
            html.append(MessageHtml.item(shown.get(i)));
        }
        return html.toString();
    }
}
