package dev.parley.identity.boundary;

import dev.parley.identity.control.AccountView;
import dev.parley.platform.boundary.Initials;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;

/** Who is signed in to this HTTP session, if anyone. Holds no token and no password. */
@Named("me")
@SessionScoped
public class SignedInUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID id;
    private String username;
    private String displayName;

    void signIn(AccountView account) {
        id = account.id();
        username = account.username();
        displayName = account.displayName() == null || account.displayName().isBlank()
                ? account.username() : account.displayName();
    }

    /** Ends the session (and with it the page's push channel) and shows the sign-in page. */
    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + SignInBacking.PAGE);
    }

    public boolean isSignedIn() {
        return id != null;
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
