package dev.parley.guild.boundary;

import dev.parley.guild.control.ServerView;
import dev.parley.platform.boundary.Initials;
import dev.parley.platform.boundary.PlaceBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The server rail on the left of the chat page: the servers one is in, the one on screen marked. */
@Named("serverList")
@RequestScoped
public class ServerListBacking {

    @Inject
    PlaceBacking place;

    public List<ServerView> getServers() {
        return place.getServers();
    }

    public boolean selected(ServerView server) {
        ServerView current = place.getCurrentServer();
        return current != null && current.id().equals(server.id());
    }

    /** One or two letters standing for a server in the rail. */
    public String initials(String name) {
        return Initials.of(name);
    }
}
