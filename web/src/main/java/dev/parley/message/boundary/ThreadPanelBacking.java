package dev.parley.message.boundary;

import dev.parley.identity.boundary.SignedInUser;
import dev.parley.message.control.Draft;
import dev.parley.message.control.History;
import dev.parley.message.control.MessageService;
import dev.parley.message.control.MessageView;
import dev.parley.notify.control.ReadMark;
import dev.parley.notify.control.ReadStateService;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.boundary.UiTexts;
import dev.parley.platform.control.ParleyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.primefaces.PrimeFaces;

/**
 * The thread panel beside the channel on the chat page (thread-panel.js): the newest messages of a
 * thread and posting into it, while the channel stays on screen. The thread is named by the request
 * parameter {@code threadId} (a thread is a channel); {@link MessageService} decides whether the reader
 * may read or post there, as it does for any channel. Answers carry the items rendered by
 * {@link MessageHtml}, or the refusal's sentence in {@code error}. A thread seen in the panel is read,
 * as the channel on screen is (the read mark reaches one's other pages as read-state:update).
 */
@Named("threadPanel")
@RequestScoped
public class ThreadPanelBacking {

    @Inject
    MessageService messages;

    @Inject
    ReadStateService readStates;

    @Inject
    SignedInUser me;

    /** {@code threadId}: answers the newest page, oldest first, as {@code html}, and {@code start} if it is all. */
    public void open() {
        Optional<UUID> thread = uuid(param("threadId"));
        if (thread.isEmpty()) {
            refuse(UiTexts.text(PlaceBacking.CHAT, "thread.gone"));
            return;
        }
        try {
            List<MessageView> newestFirst = messages.history(me.id(), thread.get(), History.latest());
            PrimeFaces.current().ajax().addCallbackParam("html", MessageHistoryBacking.items(newestFirst));
            PrimeFaces.current().ajax().addCallbackParam("start", newestFirst.size() < History.DEFAULT_LIMIT);
            PrimeFaces.current().ajax().addCallbackParam("ok", true);
            if (!newestFirst.isEmpty()) {
                markRead(thread.get(), newestFirst.get(0).id());
            }
        } catch (ParleyException e) {
            refuse(e.getMessage());
        }
    }

    /** {@code threadId}, {@code messageId}: the thread is read up to the message, which arrived while it was open. */
    public void read() {
        Optional<UUID> thread = uuid(param("threadId"));
        Optional<UUID> message = uuid(param("messageId"));
        if (thread.isPresent() && message.isPresent()) {
            markRead(thread.get(), message.get());
        }
    }

    private void markRead(UUID thread, UUID message) {
        try {
            readStates.markRead(me.id(), thread, new ReadMark(message));
        } catch (ParleyException e) {
            // e.g. the message was deleted meanwhile: the next one seen marks it read; nothing to tell
        }
    }

    /** {@code threadId}, {@code content}, {@code nonce}: posts into the thread; answers {@code sent} and {@code html}. */
    public void send() {
        Optional<UUID> thread = uuid(param("threadId"));
        if (thread.isEmpty()) {
            refuse(UiTexts.text(PlaceBacking.CHAT, "thread.gone"));
            PrimeFaces.current().ajax().addCallbackParam("sent", false);
            return;
        }
        try {
            MessageView posted = messages.post(me.id(), thread.get(), new Draft(param("content"), param("nonce"), null));
            PrimeFaces.current().ajax().addCallbackParam("html", MessageHtml.item(posted));
            PrimeFaces.current().ajax().addCallbackParam("sent", true);
        } catch (ParleyException e) {
            refuse(e.getMessage());
            PrimeFaces.current().ajax().addCallbackParam("sent", false);
        }
    }

    /** The service's sentence, never a field name or a permission constant. */
    private static void refuse(String sentence) {
        PrimeFaces.current().ajax().addCallbackParam("error", PageMessages.text(sentence));
        PrimeFaces.current().ajax().addCallbackParam("ok", false);
    }

    private static String param(String name) {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return params.get(name);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
