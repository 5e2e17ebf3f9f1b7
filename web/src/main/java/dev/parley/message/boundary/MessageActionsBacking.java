package dev.parley.message.boundary;

import dev.parley.channel.control.ChannelView;
import dev.parley.channel.control.NewThread;
import dev.parley.channel.control.ThreadService;
import dev.parley.channel.control.ThreadView;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.message.control.Edit;
import dev.parley.message.control.MessageRights;
import dev.parley.message.control.MessageRightsService;
import dev.parley.message.control.MessageService;
import dev.parley.message.control.MessageView;
import dev.parley.message.control.PinService;
import dev.parley.message.control.ReactionService;
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
import java.util.function.Consumer;
import org.primefaces.PrimeFaces;

/**
 * The hover actions on a message (edit, delete, pin, react) and the pins panel, called by the
 * page's script (message-actions.js) with request parameters. Each answers {@code ok}; a refusal is
 * shown on the page as the service's sentence and also answered as {@code error}. What happens is
 * pushed to every page of the channel by the services' events; these answers only spare the acting
 * page the wait. The reader's flags ({@link #getRights()}) only decide which buttons the page shows.
 */
@Named("messageActions")
@RequestScoped
public class MessageActionsBacking {

    @Inject
    MessageService messages;

    @Inject
    PinService pins;

    @Inject
    ReactionService reactions;

    @Inject
    MessageRightsService rights;

    @Inject
    ThreadService threads;

    @Inject
    SignedInUser me;

    @Inject
    PlaceBacking place;

    private MessageRights mine;

    /** What the reader may do to others' messages in the channel on screen. */
    public MessageRights getRights() {
        if (mine == null) {
            ChannelView channel = place.getCurrentChannel();
            mine = channel == null ? MessageRights.NONE : rights.of(me.id(), channel.id());
        }
        return mine;
    }

    /** {@code messageId}: answers its stored text as {@code content}, for the inline editor. */
    public void source() {
        act(id -> PrimeFaces.current().ajax().addCallbackParam("content", messages.get(me.id(), id).content()));
    }

    /** {@code messageId}, {@code content}: answers the edited message as {@code html}. */
    public void edit() {
        act(id -> {
            MessageView edited = messages.edit(me.id(), id, new Edit(param("content")));
            PrimeFaces.current().ajax().addCallbackParam("html", MessageHtml.item(edited));
        });
    }

    /** {@code messageId}. */
    public void delete() {
        act(id -> messages.delete(me.id(), id));
    }

    /** {@code messageId}. */
    public void pin() {
        act(id -> pins.pin(me.id(), id));
    }

    /** {@code messageId}. */
    public void unpin() {
        act(id -> pins.unpin(me.id(), id));
    }

    /** {@code messageId}, {@code emoji}. */
    public void react() {
        act(id -> reactions.add(me.id(), id, param("emoji")));
    }

    /** {@code messageId}, {@code emoji}. */
    public void unreact() {
        act(id -> reactions.remove(me.id(), id, param("emoji")));
    }

    /**
     * {@code messageId}, {@code name}: starts a thread from the message (ThreadService decides who may, and
     * that a message has one thread at most); answers where the thread opens as {@code url}, and the thread's
     * {@code threadId} and {@code name} for the panel that opens it beside the channel (thread-panel.js).
     */
    public void thread() {
        act(id -> {
            ThreadView thread = threads.start(me.id(), id, new NewThread(param("name")));
            PrimeFaces.current().ajax().addCallbackParam("threadId", thread.id().toString());
            PrimeFaces.current().ajax().addCallbackParam("name", thread.name());
            PrimeFaces.current().ajax().addCallbackParam("url", FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestContextPath() + "/index.xhtml?server=" + thread.serverId() + "&channel=" + thread.id());
        });
    }

    /** Answers the channel's pinned messages, newest pin first, rendered as list items, as {@code html}. */
    public void pinned() {
        ChannelView channel = place.getCurrentChannel();
        if (channel == null) {
            refuse(UiTexts.text(PlaceBacking.CHAT, "channel.choose"));
            return;
        }
        try {
            List<MessageView> pinned = pins.pins(me.id(), channel.id());
            StringBuilder html = new StringBuilder();
            for (MessageView message : pinned) {
                html.append(MessageHtml.item(message));
            }
            PrimeFaces.current().ajax().addCallbackParam("html", html.toString());
            PrimeFaces.current().ajax().addCallbackParam("ok", true);
        } catch (ParleyException e) {
            refuse(e.getMessage());
        }
    }

    private void act(Consumer<UUID> action) {
        UUID id;
        try {
            id = UUID.fromString(String.valueOf(param("messageId")).strip());
        } catch (IllegalArgumentException e) {
            refuse(UiTexts.text(PlaceBacking.CHAT, "message.gone"));
            return;
        }
        try {
            action.accept(id);
            PrimeFaces.current().ajax().addCallbackParam("ok", true);
        } catch (ParleyException e) {
            // the sentence the service refused with, never a field name or a permission constant
            refuse(e.getMessage());
        }
    }

    private static void refuse(String sentence) {
        PageMessages.show(sentence);
        PrimeFaces.current().ajax().addCallbackParam("ok", false);
        PrimeFaces.current().ajax().addCallbackParam("error", PageMessages.text(sentence));
    }

    private static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }
}
