package dev.parley.identity.boundary;

import dev.parley.identity.control.PasswordReset;
import dev.parley.identity.control.PasswordResetService;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.boundary.UiTexts;
import dev.parley.platform.control.InvalidLinkException;
import dev.parley.platform.control.ParleyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The page a password reset mail links to ({@code /reset-password.xhtml?token=…}): the new password twice.
 * A link that opens nothing says so and offers a new one.
 */
@Named("resetPassword")
@RequestScoped
public class ResetPasswordBacking {

    static final String PAGE = PasswordResetService.PAGE;

    @Inject
    PasswordResetService resets;

    private String token;
    private String password;
    private String confirmation;
    private boolean done;
    private boolean invalid;

    /** On opening the page: a link that opens nothing says so at once, and asks for no password. */
    public void check() {
        invalid = !resets.isOpen(token);
    }

    public void reset() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (password != null && !password.equals(confirmation)) {
            String text = UiTexts.text("i18n.mail", "reset.mismatch");
            faces.addMessage("reset:confirmation", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            faces.validationFailed();
            return;
        }
        try {
            resets.reset(new PasswordReset(token, password));
            done = true;
        } catch (InvalidLinkException e) {
            invalid = true;
        } catch (ParleyException e) {
            PageMessages.show(e, "reset", Set.of("password"));
        }
    }

    public boolean isDone() {
        return done;
    }

    public boolean isInvalid() {
        return invalid;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
