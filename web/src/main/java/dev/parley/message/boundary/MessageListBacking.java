package dev.parley.message.boundary;

import dev.parley.channel.control.ChannelView;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.message.control.History;
import dev.parley.message.control.MessageService;
import dev.parley.message.control.MessageView;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.boundary.UiTexts;
import dev.parley.platform.control.ParleyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/**
 * The messages of the channel on screen, newest at the bottom. Loaded when the page is loaded
 * (and, as a fallback, after its push channel reconnected); new messages then arrive by push,
 * already rendered, and the page's script appends them. Opened by a message link
 * ({@code ?message=…}, see {@link MessageLinkServlet}) it is the page of history around that
 * message instead, which may not reach the newest; older pages come from {@link MessageHistoryBacking}.
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

    /** the message a link asks for, as it came in the URL */
    private String message;
    /** that message, once found in the channel on screen */
    private UUID around;
    private List<MessageView> newestFirst;

    /** Before a full page is rendered: finds the linked message, or says that there is none. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ChannelView channel = place.getCurrentChannel();
        if (faces.isPostback() || message == null || message.isBlank() || channel == null) {
            return;
        }
        try {
            MessageView linked = messages.get(me.id(), UUID.fromString(message.strip()));
            if (channel.id().equals(linked.channelId())) {
                around = linked.id();
                return;
            }
        } catch (IllegalArgumentException | ParleyException notFound) {
            // shown as one sentence below, whatever the reason
        }
        PageMessages.show(UiTexts.text(PlaceBacking.CHAT, "message.none"));
    }

    private List<MessageView> loaded() {
        if (newestFirst == null) {
            ChannelView channel = place.getCurrentChannel();
            newestFirst = channel == null ? List.of()
                    : messages.history(me.id(), channel.id(), around == null ? History.latest()
                            : new History(null, null, around, History.DEFAULT_LIMIT));
        }
        return newestFirst;
    }

    /** True when the first message of the channel is loaded (or there is none): the page shows its welcome above. */
    public boolean isChannelStart() {
        return reachesStart(loaded(), around);
    }

    /** True when the page around a linked message may not reach the newest: new ones are not appended to it. */
    public boolean isDetached() {
        return around != null && newer(loaded(), around) >= History.DEFAULT_LIMIT / 2;
    }

    /**
     * Whether a page of history (newest first, as {@link MessageService#history} gives it: the
     * newest page, or the page around a message) holds the channel's first message: it found fewer
     * older messages than it asked for.
     */
    static boolean reachesStart(List<MessageView> newestFirst, UUID around) {
        int newer = around == null ? 0 : newer(newestFirst, around);
        int asked = History.DEFAULT_LIMIT - newer;
        return newestFirst.size() - newer < asked;
    }

    /** How many messages of the page are newer than the one it is around. */
    static int newer(List<MessageView> newestFirst, UUID around) {
        for (int i = 0; i < newestFirst.size(); i++) {
            if (newestFirst.get(i).id().equals(around)) {
                return i;
            }
        }
        // gone meanwhile: ids are time-ordered (UUIDv7)
        return (int) newestFirst.stream().filter(m -> m.id().compareTo(around) > 0).count();
    }

    /** The linked message the page shows and highlights, or "". */
    public String getTarget() {
        return around == null ? "" : around.toString();
    }

    /** The list's items, oldest first, rendered (and escaped) by {@link MessageHtml}. */
    public String getHtml() {
        return MessageHistoryBacking.items(loaded());
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
