package dev.parley.moderation.control;

import dev.parley.admin.control.InstallationAdmins;
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

/**
 * Reading an audit log (written by {@link AuditTrail}): a server's needs VIEW_AUDIT_LOG there, the
 * installation's own needs an administrator of the installation.
 */
@Stateless
public class AuditLogService {

    @Inject
    AuditStore store;

    @Inject
    IdentityStore users;

    @Inject
    PermissionPolicy policy;

    @Inject
    InstallationAdmins admins;

    /** A page of the log, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntryView> page(UUID actorId, UUID serverId, AuditQuery query) {
        policy.requireInServer(actorId, serverId, Permission.VIEW_AUDIT_LOG);
        return views(store.page(serverId, query));
    }

    /** A page of the installation's own log (entries of no server), newest first; its administrators only. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntryView> installationPage(UUID actorId, AuditQuery query) {
        admins.require(actorId);
        return views(store.installationPage(query));
    }

    private List<AuditEntryView> views(List<AuditStore.Row> rows) {
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
