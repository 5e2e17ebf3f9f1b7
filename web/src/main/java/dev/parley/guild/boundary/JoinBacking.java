package dev.parley.guild.boundary;

import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.InvitePreview;
import dev.parley.guild.control.ServerView;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.moderation.control.BanJoinGate;
import dev.parley.platform.boundary.Initials;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.boundary.UiTexts;
import dev.parley.platform.control.ForbiddenException;
import dev.parley.platform.control.NotFoundException;
import dev.parley.platform.control.ParleyException;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

/**
 * An invite link, {@code /join.xhtml?code=CODE}: shows the server it leads to (name, icon, member
 * count, who invited) and "Accept invite"; a signed-out visitor signs in or up on the same page and
 * comes back to accept ({@code accept=true}, which joins at once). A member is told so, and the button
 * takes them to the server. The page's words are in {@code i18n/join.properties}.
 */
@Named
@ViewScoped // the invite read when the page opened is the one its forms act on when posted back
public class JoinBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The page, open to signed-out visitors (SignInFilter). */
    public static final String PAGE = "/join.xhtml";

    private static final String BUNDLE = "i18n.join";

    @Inject
    GuildService guilds;

    @Inject
    SignedInUser me;

    private String code;
    private boolean accept;
    private InvitePreview preview;
    private boolean member;

    /** The view action: reads the invite; a signed-in visitor who came to accept joins now. */
    public String open() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return null;
        }
        try {
            preview = guilds.preview(InviteCodes.codeIn(code).orElse(""));
        } catch (ParleyException e) {
            refused(e);
            return null;
        }
        if (me.isSignedIn() && accept) {
            return accept();
        }
        if (me.isSignedIn()) {
            UUID server = preview.serverId();
            member = guilds.mine(me.id()).stream().anyMatch(s -> s.id().equals(server));
        }
        return null;
    }

    /** "Accept invite": joins (joining a server one is in changes nothing) and opens the server. */
    public String accept() {
        try {
            ServerView server = guilds.join(me.id(), preview == null ? "" : preview.code());
            return PlaceBacking.serverOutcome(server.id());
        } catch (ParleyException e) {
            refused(e);
            return null;
        }
    }

    /** Why the invite does not let this visitor in, in the page's words where the page knows the case. */
    private static void refused(ParleyException e) {
        if (e instanceof NotFoundException) {
            // unknown, used up, expired or revoked: the service does not tell these apart, on purpose
            PageMessages.show(UiTexts.text(BUNDLE, "invalid.text"));
        } else if (e instanceof ForbiddenException && BanJoinGate.BANNED.equals(e.getMessage())) {
            PageMessages.show(UiTexts.text(BUNDLE, "banned"));
        } else {
            PageMessages.show(e, "accept", Set.of());
        }
    }

    /** Where signing in or up on this page leads: back here, accepting. */
    public String getAfterSignIn() {
        return PAGE + "?code=" + URLEncoder.encode(preview == null ? "" : preview.code(), StandardCharsets.UTF_8) + "&accept=true";
    }

    public InvitePreview getPreview() {
        return preview;
    }

    public String getServerInitials() {
        return preview == null ? "" : Initials.of(preview.serverName());
    }

    /** Whether the signed-in visitor is a member of the invite's server already (then accepting only opens it). */
    public boolean isMember() {
        return member;
    }

    public boolean isSignedIn() {
        return me.isSignedIn();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isAccept() {
        return accept;
    }

    public void setAccept(boolean accept) {
        this.accept = accept;
    }
}
