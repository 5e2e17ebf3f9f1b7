package dev.parley.message.boundary;

import dev.parley.channel.control.ChannelView;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.message.control.Draft;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.primefaces.PrimeFaces;

/**
 * The composer under the messages: posts what was typed to the channel on screen. The answer
 * carries the stored message, rendered, so the sender's page shows it at once without loading
 * the list again; the same message arriving by push is then recognised by its id and not shown
 * twice.
 */
@Named("composer")
@RequestScoped
public class ComposerBacking {

    @Inject
    MessageService messages;

    @Inject
    SignedInUser me;

    @Inject
    PlaceBacking place;

    /**
     * Posts the request parameters {@code content} and {@code nonce} (and {@code replyTo}, the message it answers);
     * answers {@code sent} and {@code html}.
     */
    public void send() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        ChannelView channel = place.getCurrentChannel();
        boolean sent = false;
        if (channel == null) {
            PageMessages.show(UiTexts.text(PlaceBacking.CHAT, "channel.choose"));
        } else {
            try {
                MessageView posted = messages.post(me.id(), channel.id(),
                        new Draft(params.get("content"), params.get("nonce"), replyTo(params.get("replyTo"))));
                PrimeFaces.current().ajax().addCallbackParam("html", MessageHtml.item(posted));
                sent = true;
            } catch (ParleyException e) {
                PageMessages.show(e, "composer-form", Set.of());
            }
        }
        PrimeFaces.current().ajax().addCallbackParam("sent", sent);
    }

    /** The message a post answers; one that names none (or nothing readable) answers none. */
    private static UUID replyTo(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
