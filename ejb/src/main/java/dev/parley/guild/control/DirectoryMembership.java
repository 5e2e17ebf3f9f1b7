package dev.parley.guild.control;

import dev.parley.guild.entity.Member;
import dev.parley.identity.control.IdentityStore;
import dev.parley.permission.control.PermissionsChanged;
import dev.parley.platform.control.ParleyException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Membership the organisation's directory gives: single sign-on's group sync puts a person into a
 * server whose role their directory group maps to, without an invite, as joining through one would
 * (the join gates, such as a ban, still apply; live events and permissions follow as for any join).
 */
@Stateless
public class DirectoryMembership {

    @Inject
    GuildStore store;

    @Inject
    IdentityStore users;

    @Inject
    Instance<JoinGate> gates;

    @Inject
    Event<PermissionsChanged> permissionsChanged;

    @Inject
    Event<MemberJoined> joined;

    /** Whether the user is a member now: joined if needed, false when the server is gone or a gate refuses. */
    public boolean ensureMember(UUID serverId, UUID userId) {
        if (store.isMember(serverId, userId)) {
            return true;
        }
        if (store.server(serverId).isEmpty()) {
            return false;
        }
        try {
            gates.forEach(g -> g.check(userId, serverId));
        } catch (ParleyException refused) {
            return false;
        }
        store.add(Member.through(serverId, userId, false));
        permissionsChanged.fire(new PermissionsChanged(serverId));
        joined.fire(new MemberJoined(serverId, users.view(userId).orElseThrow()));
        return true;
    }
}
