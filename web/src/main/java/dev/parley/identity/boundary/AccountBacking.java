package dev.parley.identity.boundary;

import dev.parley.platform.boundary.UiTexts;
import dev.parley.identity.control.AccountView;
import dev.parley.identity.control.IdentityService;
import dev.parley.identity.control.PasswordChange;
import dev.parley.identity.control.ProfileChanges;
import dev.parley.identity.control.ProfileService;
import dev.parley.identity.control.SignInView;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.control.ParleyException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;

/**
 * The account settings page, {@code account.xhtml}: one's profile (display name, bio, status text,
 * language), the password, and the list of sessions (sign-ins) with "sign out" per row and "sign out
 * everywhere else". Every action goes to the same services as the REST API; this page's own sign-in
 * is {@link SignedInUser#signInId()}. Its texts are in {@code i18n/account*.properties}.
 */
@Named("account")
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "i18n.account";
    static final String PAGE = "/account.xhtml";

    @Inject
    IdentityService identity;

    @Inject
    ProfileService profiles;

    @Inject
    SignedInUser me;

    private String displayName;
    private String bio;
    private String statusText;
    private String language;
    private String currentPassword;
    private String newPassword;
    private List<SignInView> sessions;

    /** The view action: the profile as stored. */
    public void load() {
        AccountView account = identity.me(me.id());
        // the name shown falls back to the username: that is no name of one's own to edit
        displayName = account.displayName().equals(account.username()) ? null : account.displayName();
        bio = account.bio();
        statusText = account.statusText();
        language = account.locale() == null ? "" : account.locale();
    }

    public void saveProfile() throws IOException {
        try {
            AccountView saved = profiles.update(me.id(), new ProfileChanges(displayName, bio,
                    language == null || language.isBlank() ? null : language, statusText),
                    Set.of("displayName", "bio", "locale", "statusText"));
            me.refresh(saved);
            // the language may have changed: the page is loaded anew in it, the notice carried over
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getViewRoot().setLocale(me.getLocale());
            notice("profile.saved");
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + PAGE);
        } catch (ParleyException e) {
            PageMessages.show(e, "profile", Set.of("displayName", "bio", "statusText", "locale"));
        }
    }

    public void changePassword() {
        try {
            identity.changePassword(me.id(), me.signInId(), new PasswordChange(currentPassword, newPassword));
            currentPassword = null;
            newPassword = null;
            sessions = null;
            notice("password.changed");
        } catch (ParleyException e) {
            PageMessages.show(e, "password", Set.of("currentPassword", "newPassword"));
        }
    }

    /** Ends one of the user's other sign-ins. */
    public void signOut(UUID signIn) {
        try {
            identity.revokeSignIn(me.id(), signIn);
            notice("sessions.signedOut");
        } catch (ParleyException e) {
            PageMessages.show(e, "sessions", Set.of());
        }
        sessions = null;
    }

    /** Ends every sign-in of the user but this browser's. */
    public void signOutEverywhereElse() {
        int ended = identity.revokeOtherSignIns(me.id(), me.signInId());
        sessions = null;
        notice("sessions.signedOutOthers", ended);
    }

    /** The user's live sign-ins, newest first; this browser's is {@code current}. */
    public List<SignInView> getSessions() {
        if (sessions == null) {
            sessions = identity.signIns(me.id(), me.signInId());
        }
        return sessions;
    }

    /** Whether any sign-in but this browser's is live. */
    public boolean isOthers() {
        return getSessions().stream().anyMatch(s -> !s.current());
    }

    /** A moment as the page's language writes it, in UTC. */
    public String when(Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale()).withZone(ZoneOffset.UTC)
                .format(at) + " UTC";
    }

    /** The label of a row's "Sign out" button for screen readers: which device. */
    public String signOutLabel(SignInView s) {
        return MessageFormat.format(bundle().getString("sessions.signOut.label"), s.device(),
                s.ip() == null ? "?" : s.ip());
    }

    private void notice(String key, Object... args) {
        String text = MessageFormat.format(bundle().getString(key), args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static ResourceBundle bundle() {
        return UiTexts.bundle(BUNDLE, locale());
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getStatusText() {
        return statusText;
    }

    public void setStatusText(String statusText) {
        this.statusText = statusText;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
