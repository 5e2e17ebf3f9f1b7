package dev.parley.dm.control;

import dev.parley.platform.control.ScopeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;

/** A user's connections listen to their conversations as they do to their servers. */
@ApplicationScoped
public class DmScopes implements ScopeSource {

    @Inject
    DmStore store;

    @Override
    public Set<UUID> scopesOf(UUID userId) {
        return store.conversationsOf(userId);
    }
}
