package dev.parley.identity.boundary;

import dev.parley.identity.control.EmailVerificationService;
import dev.parley.identity.control.LinkToken;
import dev.parley.platform.control.ConflictException;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.InvalidLinkException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page a verification mail links to ({@code /verify-email.xhtml?token=…}). Opening it changes nothing:
 * mail scanners fetch links to look at them. The button posts, and that verifies. A link that opens nothing
 * says so and offers a new one (to a signed-in visitor; others sign in first). View-scoped: what the page
 * shows decides which buttons exist, and a button's post must find the page as it was shown.
 */
@Named("verifyEmail")
@ViewScoped
public class VerifyEmailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = EmailVerificationService.PAGE;

    /** What the page shows. */
    public enum State { READY, VERIFIED, INVALID, SENT, ALREADY_VERIFIED }

    @Inject
    EmailVerificationService verification;

    @Inject
    SignedInUser me;

    private String token;
    private State state = State.READY;

    /** On opening the page (not on its post): a link that opens nothing says so at once. */
    public void check() {
        if (!verification.isOpen(token)) {
            state = State.INVALID;
        }
    }

    public void verify() {
        try {
            verification.verify(new LinkToken(token));
            state = State.VERIFIED;
        } catch (InvalidLinkException | InvalidInputException e) {
            state = State.INVALID;
        }
    }

    public void resend() {
        if (!me.isSignedIn()) {
            state = State.INVALID;
            return;
        }
        try {
            verification.resend(me.id(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
            state = State.SENT;
        } catch (ConflictException verified) {
            state = State.ALREADY_VERIFIED;
        }
    }

    public String getState() {
        return state.name();
    }

    public boolean isSignedIn() {
        return me.isSignedIn();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
