package dev.parley.guild.boundary;

import dev.parley.identity.boundary.SignedInUser;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.ServerView;
import dev.parley.platform.control.ParleyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * An invite link, {@code /join.xhtml?code=CODE}: joins the server and opens it. A signed-out
 * visitor signs in (or up) first and comes back here.
 */
@Named
@RequestScoped
public class JoinBacking {

    @Inject
    GuildService guilds;

    @Inject
    SignedInUser me;

    private String code;

    /** The view action: on success the visitor never sees this page, only a refused invite. */
    public String join() {
        try {
            ServerView server = guilds.join(me.id(), InviteCodes.codeIn(code).orElse(""));
            return PlaceBacking.serverOutcome(server.id());
        } catch (ParleyException e) {
            PageMessages.show(e.getMessage());
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
