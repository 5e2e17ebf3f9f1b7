package dev.parley.dm.control;

import dev.parley.dm.entity.DmConversation;
import dev.parley.identity.control.IdentityStore;
import dev.parley.identity.control.UserView;
import dev.parley.permission.control.PermissionsChanged;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Blocking: a blocked person cannot start a conversation with you, nor write in your one-to-one conversation. */
@Stateless
public class BlockService {

    @Inject
    DmStore store;

    @Inject
    IdentityStore users;

    @Inject
    Event<PermissionsChanged> permissionsChanged;

    public void block(UUID me, UUID other) {
        if (me.equals(other)) {
            throw new InvalidInputException("You cannot block yourself.", Map.of("userId", "is you"));
        }
        if (!store.userExists(other)) {
            throw new NotFoundException("No such user.");
        }
        if (store.block(me, other)) {
            pairChanged(me, other);
        }
    }

    public void unblock(UUID me, UUID other) {
        if (store.unblock(me, other)) {
            pairChanged(me, other);
        }
    }

    /** Whom the user has blocked, longest blocked first. */
    public List<UserView> blocked(UUID me) {
        List<UUID> ids = store.blockedBy(me);
        Map<UUID, UserView> views = users.views(ids);
        return ids.stream().map(views::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Their one-to-one conversation's permissions depend on blocks: its facts are read again. */
    private void pairChanged(UUID a, UUID b) {
        store.byPairUnlocked(DmConversation.pairKey(a, b)).ifPresent(dm -> permissionsChanged.fire(new PermissionsChanged(dm)));
    }
}
