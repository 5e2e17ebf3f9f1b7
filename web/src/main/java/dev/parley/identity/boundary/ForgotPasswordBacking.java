package dev.parley.identity.boundary;

import dev.parley.identity.control.ForgotPassword;
import dev.parley.identity.control.PasswordResetService;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.control.ParleyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/** "Forgot password?": an email address in, the same sentence out whether it has an account or not. */
@Named("forgotPassword")
@RequestScoped
public class ForgotPasswordBacking {

    static final String PAGE = "/forgot-password.xhtml";

    @Inject
    PasswordResetService resets;

    private String email;
    private boolean sent;

    public void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            ForgotPassword checked = resets.accept(new ForgotPassword(email), dev.parley.platform.boundary.ClientAddress.of(request));
            resets.sendLink(checked, faces.getViewRoot().getLocale());
            sent = true;
        } catch (ParleyException e) {
            PageMessages.show(e, "forgot", Set.of("email"));
        }
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
