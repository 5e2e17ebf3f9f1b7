package dev.parley.identity.boundary;

import dev.parley.platform.boundary.PageMessages;
import dev.parley.identity.control.IdentityService;
import dev.parley.identity.control.Registration;
import dev.parley.platform.control.ParleyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Set;

/** The sign-up page: email, username and password; signs the new account in. */
@Named
@RequestScoped
public class SignUpBacking {

    static final String PAGE = "/register.xhtml";

    @Inject
    IdentityService identity;

    @Inject
    SignedInUser me;

    private String email;
    private String username;
    private String password;
    private String next;

    public void signUp() throws IOException {
        try {
            SignInBacking.enter(me, identity.register(new Registration(email, username, password),
                    SignInBacking.device(), jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()),
                    next);
        } catch (ParleyException e) {
            PageMessages.show(e, "signup", Set.of("email", "username", "password"));
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
