package dev.parley.notify.boundary;

import dev.parley.channel.control.ChannelView;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.notify.control.ReadMark;
import dev.parley.notify.control.ReadStateService;
import dev.parley.notify.control.Unread;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.control.ParleyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the chat page knows of one's read state when it loads: the unread and mention counts of
 * every channel and conversation (the page's script makes channels bold and puts badges on
 * channels, servers and Home from them, then moves them with the live events), the roles one holds
 * (a mention of one of them is a mention of you), and marking the channel on
 * screen read up to a message (the script asks when the channel is viewed).
 */
@Named("readState")
@RequestScoped
public class ReadStateBacking {

    @Inject
    ReadStateService readStates;

    @Inject
    PermissionPolicy policy;

    @Inject
    PlaceBacking place;

    @Inject
    SignedInUser me;

    private Unread unread;

    /** One's unread and mention counts, read once per request. */
    public Unread unread() {
        if (unread == null) {
            unread = readStates.unread(me.id());
        }
        return unread;
    }

    /** The counts as the page's script reads them, see {@link UnreadJson}. */
    public String getUnreadJson() {
        return UnreadJson.of(unread());
    }

    /**
     * The ids of one's roles in all one's servers, space-separated (role ids are unique, so a role
     * mention in any server is told apart without knowing whose role it is); from the cached facts.
     */
    public String getMyRoles() {
        Set<UUID> roles = new java.util.TreeSet<>();
        for (var server : place.getServers()) {
            try {
                roles.addAll(policy.rolesOf(me.id(), server.id()));
            } catch (ParleyException e) {
                // left the server meanwhile: no roles there
            }
        }
        return roles.stream().map(UUID::toString).collect(Collectors.joining(" "));
    }

    /** Marks the channel on screen read up to the request parameter {@code messageId}. */
    public void markRead() {
        ChannelView channel = place.getCurrentChannel();
        String messageId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("messageId");
        if (channel == null || messageId == null) {
            return;
        }
        try {
            readStates.markRead(me.id(), channel.id(), new ReadMark(UUID.fromString(messageId.strip())));
        } catch (IllegalArgumentException | ParleyException e) {
            // e.g. the message was deleted meanwhile: the next message viewed marks it read; nothing to tell
        }
    }

    /** Pure: the page's form of {@link Unread}. */
    static final class UnreadJson {

        private UnreadJson() {
        }

        /**
         * {@code [{"c":channelId,"s":serverOrConversationId,"r":lastReadMessageId|null,"u":unread,"m":mentions},…]};
         * only ids and numbers, so it is safe in an attribute once the page escapes the quotes.
         */
        static String of(Unread unread) {
            StringBuilder json = new StringBuilder(32 + unread.channels().size() * 140).append('[');
            for (Unread.ChannelUnread c : unread.channels()) {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append("{\"c\":\"").append(c.channelId()).append("\",\"s\":\"").append(c.serverId())
                        .append("\",\"r\":").append(c.lastReadMessageId() == null ? "null" : "\"" + c.lastReadMessageId() + "\"")
                        .append(",\"u\":").append(c.unread()).append(",\"m\":").append(c.mentions()).append('}');
            }
            return json.append(']').toString();
        }
    }
}
