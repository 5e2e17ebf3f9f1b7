package dev.parley.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** All the live scopes besides servers that a user's connections listen to, from every {@link ScopeSource}. */
@ApplicationScoped
public class LiveScopes {

    @Inject
    Instance<ScopeSource> sources;

    private Iterable<ScopeSource> given;

    public LiveScopes() {
    }

    /** For unit tests: these sources instead of the beans. */
    public static LiveScopes of(ScopeSource... sources) {
        LiveScopes scopes = new LiveScopes();
        scopes.given = java.util.List.of(sources);
        return scopes;
    }

    /** {@code servers} and the user's other scopes. */
    public Set<UUID> with(UUID userId, Set<UUID> servers) {
        Set<UUID> all = new HashSet<>(servers);
        for (ScopeSource source : given != null ? given : sources) {
            all.addAll(source.scopesOf(userId));
        }
        return all;
    }
}
