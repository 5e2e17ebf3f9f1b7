package dev.parley.moderation.control;

import dev.parley.identity.control.IdentityStore;
import dev.parley.identity.control.UserView;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reading a server's audit log (written by {@link AuditTrail}); needs VIEW_AUDIT_LOG. */
@Stateless
public class AuditLogService {

    @Inject
    AuditStore store;

    @Inject
    IdentityStore users;

    @Inject
    PermissionPolicy policy;

    /** A page of the log, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntryView> page(UUID actorId, UUID serverId, AuditQuery query) {
        policy.requireInServer(actorId, serverId, Permission.VIEW_AUDIT_LOG);
        List<AuditStore.Row> rows = store.page(serverId, query);
        Set<UUID> actors = new HashSet<>();
        rows.forEach(r -> {
            if (r.actorId() != null) {
                actors.add(r.actorId());
            }
        });
        Map<UUID, UserView> views = users.views(actors);
        return rows.stream().map(r -> new AuditEntryView(r.id(), r.action(),
                r.actorId() == null ? null : views.get(r.actorId()), r.targetType(), r.targetId(), json(r.changes()),
                r.reason(), r.createdAt())).toList();
    }

    private static JsonObject json(String text) {
        if (text == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
