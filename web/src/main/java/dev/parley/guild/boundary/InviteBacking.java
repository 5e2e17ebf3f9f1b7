package dev.parley.guild.boundary;

import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.NewInvite;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.control.ParleyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The "Invite people" button and dialog: makes an invite to the server on screen and shows its
 * link and code (the button's request renders the dialog, so nothing is kept between requests).
 */
@Named("invite")
@RequestScoped
public class InviteBacking {

    @Inject
    GuildService guilds;

    @Inject
    SignedInUser me;

    @Inject
    PlaceBacking place;

    private String code;

    public void create() {
        try {
            code = guilds.invite(me.id(), place.getCurrentServer().id(), NewInvite.UNLIMITED).code();
        } catch (ParleyException e) {
            code = null;
            PageMessages.show(e.getMessage());
        }
    }

    /** The link to hand out for the invite just made. */
    public String getLink() {
        if (code == null) {
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String url = request.getRequestURL().toString();
        String origin = url.substring(0, url.length() - request.getRequestURI().length());
        return origin + external.getRequestContextPath() + "/invite/" + code;
    }

    public String getCode() {
        return code;
    }
}
