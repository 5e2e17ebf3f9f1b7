package dev.parley.message.boundary;

import dev.parley.channel.control.ChannelView;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.message.control.History;
import dev.parley.message.control.MessageService;
import dev.parley.message.control.MessageView;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.control.ParleyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.primefaces.PrimeFaces;

/**
 * More of the channel on screen for the chat page, as the reader moves through it: the page of
 * messages older than the oldest one shown (when they scroll to the top), and the newest page
 * ("Jump to present" from a page around a linked message). Each answer carries the items
 * rendered by {@link MessageHtml}, oldest first, in {@code html}, and {@code start} when the
 * first message of the channel is among them.
 */
@Named("messageHistory")
@RequestScoped
public class MessageHistoryBacking {

    @Inject
    MessageService messages;

    @Inject
    SignedInUser me;

    @Inject
    PlaceBacking place;

    /** The request parameter {@code before}: the oldest message shown. */
    public void older() {
        Optional<UUID> before = uuid(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("before"));
        if (before.isEmpty()) {
            answer(List.of(), false);
            return;
        }
        page(new History(before.get(), null, History.DEFAULT_LIMIT));
    }

    /** The newest messages. */
    public void newest() {
        page(History.latest());
    }

    private void page(History page) {
        ChannelView channel = place.getCurrentChannel();
        if (channel == null) {
            answer(List.of(), false);
            return;
        }
        try {
            List<MessageView> newestFirst = messages.history(me.id(), channel.id(), page);
            answer(newestFirst, newestFirst.size() < History.DEFAULT_LIMIT);
        } catch (ParleyException e) {
            PageMessages.show(e, "history-form", Set.of());
            PrimeFaces.current().ajax().update("notices");
            answer(List.of(), false);
        }
    }

    private static void answer(List<MessageView> newestFirst, boolean start) {
        PrimeFaces.current().ajax().addCallbackParam("html", items(newestFirst));
        PrimeFaces.current().ajax().addCallbackParam("start", start);
    }

    /** Items of a page (newest first, as history gives them) as the list shows them: oldest first. */
    static String items(List<MessageView> newestFirst) {
        StringBuilder html = new StringBuilder();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            html.append(MessageHtml.item(newestFirst.get(i)));
        }
        return html.toString();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
