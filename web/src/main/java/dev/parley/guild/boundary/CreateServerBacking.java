package dev.parley.guild.boundary;

import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.NewServer;
import dev.parley.guild.control.ServerView;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.control.ParleyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;

/** The "Create a server" dialog: creates it and opens it. */
@Named("createServer")
@RequestScoped
public class CreateServerBacking {

    @Inject
    GuildService guilds;

    @Inject
    SignedInUser me;

    private String name;

    public String create() {
        try {
            ServerView created = guilds.create(me.id(), new NewServer(name));
            return PlaceBacking.serverOutcome(created.id());
        } catch (ParleyException e) {
            PageMessages.show(e, "create-server-form", Set.of("name"));
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
