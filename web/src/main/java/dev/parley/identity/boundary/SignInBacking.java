package dev.parley.identity.boundary;

import dev.parley.platform.boundary.ClientAddress;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.identity.control.AuthResult;
import dev.parley.identity.control.Credentials;
import dev.parley.identity.control.Device;
import dev.parley.identity.control.IdentityService;
import dev.parley.platform.control.ParleyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Set;

/** The sign-in page: a login (email or username) and a password. */
@Named
@RequestScoped
public class SignInBacking {

    static final String PAGE = "/login.xhtml";

    @Inject
    IdentityService identity;

    @Inject
    SignedInUser me;

    private String login;
    private String password;
    private String next;

    public void signIn() throws IOException {
        try {
            AuthResult result = identity.login(new Credentials(login, password), device());
            enter(me, result, next);
        } catch (ParleyException e) {
            PageMessages.show(e, "signin", Set.of("login", "password"));
        }
    }

    /** Starts the signed-in session and goes where the visitor wanted to go, or to the app. */
    static void enter(SignedInUser me, AuthResult result, String next) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // a new session id on sign-in: an id planted before cannot ride along
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.changeSessionId();
        me.signIn(result, request.getSession());
        external.redirect(external.getRequestContextPath() + (isLocalPath(next) ? next : "/"));
    }

    /** Only paths of this application: never another host ({@code //evil}, {@code /\evil}). */
    public static boolean isLocalPath(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && next.chars().noneMatch(c -> c < 0x20 || c == '\\');
    }

    /** The browser signing in: its User-Agent and address. */
    static Device device() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return new Device(request.getHeader("User-Agent"), ClientAddress.of(request));
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
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
