package dev.parley.presence.boundary;

import dev.parley.identity.boundary.SignedInUser;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.control.ParleyException;
import dev.parley.presence.control.PresenceService;
import dev.parley.presence.control.TypingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What the chat page tells the server behind the user's back: that they are typing in the channel
 * on screen (throttled by the page's script), and that they went idle (no input for 10 minutes) or
 * came back.
 */
@Named("presenceSignals")
@RequestScoped
public class PresenceSignalsBacking {

    @Inject
    PlaceBacking place;

    @Inject
    SignedInUser me;

    @Inject
    TypingService typing;

    @Inject
    PresenceService presence;

    public void typing() {
        if (place.getCurrentChannel() == null) {
            return;
        }
        try {
            typing.typing(me.id(), place.getCurrentChannel().id());
        } catch (ParleyException e) {
            // e.g. no SEND_MESSAGES: the composer's send says so; a typing signal is not worth a notice
        }
    }

    public void away() {
        presence.away(me.id(), true);
    }

    public void back() {
        presence.away(me.id(), false);
    }
}
