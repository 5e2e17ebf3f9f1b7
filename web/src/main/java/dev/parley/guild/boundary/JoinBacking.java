package dev.parley.guild.boundary;

import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.InvitePreview;
import dev.parley.guild.control.ServerView;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.platform.boundary.Initials;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.control.ParleyException;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An invite link, {@code /join.xhtml?code=CODE}: shows the server it leads to (name, icon, member
 * count, who invited) and "Accept invite"; a signed-out visitor signs in or up on the same page and
 * comes back to accept ({@code accept=true}, which joins at once). A member is taken to the server.
 */
@Named
@ViewScoped // the invite read when the page opened is the one its forms act on when posted back
public class JoinBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The page, open to signed-out visitors (SignInFilter). */
    public static final String PAGE = "/join.xhtml";

    @Inject
    GuildService guilds;

    @Inject
    SignedInUser me;

    private String code;
    private boolean accept;
    private InvitePreview preview;

    /** The view action: reads the invite; a signed-in visitor who came to accept joins now. */
    public String open() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return null;
        }
        try {
            preview = guilds.preview(InviteCodes.codeIn(code).orElse(""));
        } catch (ParleyException e) {
            PageMessages.show(e.getMessage());
            return null;
        }
        if (me.isSignedIn() && accept) {
            return accept();
        }
        return null;
    }

    /** "Accept invite": joins (joining a server one is in changes nothing) and opens the server. */
    public String accept() {
        try {
            ServerView server = guilds.join(me.id(), preview == null ? "" : preview.code());
            return PlaceBacking.serverOutcome(server.id());
        } catch (ParleyException e) {
            PageMessages.show(e.getMessage());
            return null;
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

    public String getMembers() {
        return preview == null ? "" : preview.memberCount() + (preview.memberCount() == 1 ? " member" : " members");
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
