package dev.parley.identity.boundary;

import dev.parley.identity.control.AccountView;
import dev.parley.identity.control.AuthResult;
import dev.parley.identity.control.IdentityService;
import dev.parley.identity.control.RevokedSignIns;
import dev.parley.platform.boundary.Initials;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who is signed in to this HTTP session, if anyone, and which sign-in it is (listed among the user's
 * sessions; ended when the HTTP session ends). Holds no token and no password.
 */
@Named("me")
@SessionScoped
public class SignedInUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(SignedInUser.class.getName());

    private UUID id;
    private UUID signIn;
    private Instant signedInAt;
    private String username;
    private String displayName;
    private String locale;

    @Inject
    IdentityService identity;

    @Inject
    BrowserSignIns browsers;

    @Inject
    RevokedSignIns revoked;

    /** Starts the signed-in session of this browser (sign-in page, sign-up, single sign-on). */
    public void signIn(AuthResult result, HttpSession session) {
        AccountView account = result.user();
        id = account.id();
        signIn = result.sessionId();
        signedInAt = Instant.now();
        browsers.register(id, signIn, signedInAt, session);
        refresh(account);
    }

    /** The account changed (its profile): what the pages show of it follows. */
    void refresh(AccountView account) {
        username = account.username();
        displayName = account.displayName() == null || account.displayName().isBlank()
                ? account.username() : account.displayName();
        locale = account.locale();
    }

    /**
     * The language of the pages: the user's choice (en, ru), else what the browser asks for among those
     * the application speaks (faces-config), as for anyone signed out.
     */
    public Locale getLocale() {
        if (locale != null) {
            return Locale.forLanguageTag(locale);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }

    /** The language the signed-in user chose, if any: for answers Faces does not render (ErrorServlet). */
    public Optional<Locale> chosenLocale() {
        return locale == null ? Optional.empty() : Optional.of(Locale.forLanguageTag(locale));
    }

    /** Ends the session (and with it the page's push channel and the sign-in) and shows the sign-in page. */
    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + SignInBacking.PAGE);
    }

    /** The HTTP session ended (signed out, timed out, or invalidated because the sign-in was revoked). */
    @PreDestroy
    void ended() {
        if (signIn == null) {
            return;
        }
        browsers.forget(signIn);
        try {
            identity.endSignIn(id, signIn);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not end the sign-in of an ended browser session", e);
        }
    }

    public boolean isSignedIn() {
        return id != null;
    }

    /** Whether this session's sign-in was ended elsewhere (or its account disabled) since it began. */
    public boolean isRevoked() {
        return id != null && revoked.refuses(id, signIn, signedInAt);
    }

    /** This browser's sign-in, as the user's list of sessions names it. */
    public UUID signInId() {
        return signIn;
    }

    /** The signed-in user's id; only call on pages the sign-in filter guards. */
    public UUID id() {
        if (id == null) {
            throw new IllegalStateException("nobody is signed in");
        }
        return id;
    }

    /** The id as the Faces push channel names its users. */
    public String getPushUser() {
        return id == null ? null : id.toString();
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** What the user panel shows for one's own picture. */
    public String getInitials() {
        return Initials.of(displayName);
    }
}
