package dev.parley.message.boundary;

import dev.parley.channel.control.ChannelView;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.message.control.Draft;
import dev.parley.message.control.MessageService;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.control.ParleyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;

/** The composer under the messages: posts what was typed to the channel on screen. */
@Named("composer")
@RequestScoped
public class ComposerBacking {

    @Inject
    MessageService messages;

    @Inject
    SignedInUser me;

    @Inject
    PlaceBacking place;

    /** Posts the request parameters {@code content} and {@code nonce}; answers {@code sent}. */
    public void send() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        ChannelView channel = place.getCurrentChannel();
        boolean sent = false;
        if (channel == null) {
            PageMessages.show("Choose a channel first.");
        } else {
            try {
                messages.post(me.id(), channel.id(), new Draft(params.get("content"), params.get("nonce")));
                sent = true;
            } catch (ParleyException e) {
                PageMessages.show(e, "composer-form", Set.of());
            }
        }
        PrimeFaces.current().ajax().addCallbackParam("sent", sent);
    }
}
