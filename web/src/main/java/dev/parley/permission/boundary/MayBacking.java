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

    private boolean inServer(Permission permission) {
        var server = place.getCurrentServer();
        return server != null && me.isSignedIn() && policy.holdsInServer(me.id(), server.id(), permission);
    }
}
