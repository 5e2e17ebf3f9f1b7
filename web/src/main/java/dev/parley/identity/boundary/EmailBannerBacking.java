package dev.parley.identity.boundary;

import dev.parley.identity.control.EmailVerificationService;
import dev.parley.platform.control.ConflictException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The chat page's banner for an account that may only read until its email is verified
 * ({@code accounts.unverified-access = read-only}): "Verify your email address — Resend". Where unverified
 * accounts have full access the mail is reminder enough, and the page stays as it is.
 */
@Named("emailBanner")
@RequestScoped
public class EmailBannerBacking {

    @Inject
    EmailVerificationService verification;

    @Inject
    SignedInUser me;

    private Boolean shown;
    private boolean sent;

    public boolean isShown() {
        if (shown == null) {
            shown = me.isSignedIn() && !verification.mayWrite(me.id());
        }
        return shown;
    }

    public void resend() {
        try {
            verification.resend(me.id(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
        } catch (ConflictException verifiedMeanwhile) {
            // nothing to send; the banner goes at the next page load
        }
        sent = true;
    }

    public boolean isSent() {
        return sent;
    }
}
