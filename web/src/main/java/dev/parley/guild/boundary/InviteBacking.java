package dev.parley.guild.boundary;

import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.NewInvite;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.control.ParleyException;
import dev.parley.platform.control.PublicUrl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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

    @Inject
    PublicUrl publicUrl;

    private String code;

    public void create() {
        try {
            code = guilds.invite(me.id(), place.getCurrentServer().id(), NewInvite.UNLIMITED).code();
        } catch (ParleyException e) {
            code = null;
            PageMessages.show(e.getMessage());
        }
    }

    /** The link to hand out for the invite just made: on the public URL, never on the request's Host. */
    public String getLink() {
        return code == null ? null : publicUrl.of("/invite/" + code);
    }

    public String getCode() {
        return code;
    }
}
