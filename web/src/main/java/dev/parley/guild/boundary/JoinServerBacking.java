package dev.parley.guild.boundary;

import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.ServerView;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.control.ParleyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;

/** The "Join a server" dialog: takes a pasted invite code or link, joins and opens the server. */
@Named("joinServer")
@RequestScoped
public class JoinServerBacking {

    @Inject
    GuildService guilds;

    @Inject
    SignedInUser me;

    private String invite;

    public String join() {
        try {
            ServerView joined = guilds.join(me.id(), InviteCodes.codeIn(invite).orElse(""));
            return PlaceBacking.serverOutcome(joined.id());
        } catch (ParleyException e) {
            PageMessages.show(e, "join-form", Set.of());
            return null;
        }
    }

    public String getInvite() {
        return invite;
    }

    public void setInvite(String invite) {
        this.invite = invite;
    }
}
