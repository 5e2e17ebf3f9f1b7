package dev.parley.permission.boundary;

import dev.parley.identity.boundary.SignedInUser;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.platform.boundary.PlaceBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What the signed-in member may do where the page is, so that the page shows only the controls
 * they may use ({@code #{may.manageChannels}}). {@link PermissionPolicy} decides, from its cache,
 * exactly as it does when the action is asked for; the services still refuse on their own.
 */
@Named("may")
@RequestScoped
public class MayBacking {

    @Inject
    PermissionPolicy policy;

    @Inject
    SignedInUser me;

    @Inject
    PlaceBacking place;

    /** Create channels in the server on screen. */
    public boolean isManageChannels() {
        return inServer(Permission.MANAGE_CHANNELS);
    }

    /** Create invites to the server on screen. */
    public boolean isCreateInvites() {
        return inServer(Permission.CREATE_INVITE);
    }

    /** Open the server's settings (the gear beside its name): one who may manage any part of it. */
    public boolean isServerSettings() {
        return inServer(Permission.MANAGE_SERVER) || inServer(Permission.MANAGE_ROLES)
                || inServer(Permission.KICK_MEMBERS) || inServer(Permission.BAN_MEMBERS)
                || inServer(Permission.VIEW_AUDIT_LOG) || inServer(Permission.MANAGE_CHANNELS);
    }

    /** Open the settings of the channel on screen (not a thread or a conversation). */
    public boolean isChannelSettings() {
        var channel = place.getCurrentChannel();
        if (channel == null || place.getCurrentServer() == null || !"text".equals(channel.type()) || !me.isSignedIn()) {
            return false;
        }
        return policy.holds(me.id(), channel.id(), Permission.MANAGE_CHANNELS)
                || policy.holds(me.id(), channel.id(), Permission.MANAGE_ROLES);
    }

    private boolean inServer(Permission permission) {
        var server = place.getCurrentServer();
        return server != null && me.isSignedIn() && policy.holdsInServer(me.id(), server.id(), permission);
    }
}
