package dev.parley.moderation.control;

import dev.parley.platform.control.JsonMapping;
import dev.parley.platform.entity.Ids;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the audit log, in the transaction of the change it records ({@code MANDATORY}): an
 * action that rolls back leaves no entry, and no entry is missing for an action that committed.
 * Every room calls it for its moderation and settings actions; reading the log is
 * {@code AuditLogService}'s.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    static final int REASON_MAX = 512;

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Inject
    JsonMapping json;

    public void record(AuditRecord entry) {
        String changes = null;
        if (entry.before() != null || entry.after() != null) {
            Map<String, Object> both = new LinkedHashMap<>();
            if (entry.before() != null) {
                both.put("before", entry.before());
            }
            if (entry.after() != null) {
                both.put("after", entry.after());
            }
            changes = json.toJson(both);
        }
        String reason = entry.reason() == null || entry.reason().isBlank() ? null : entry.reason().strip();
        if (reason != null && reason.length() > REASON_MAX) {
            reason = reason.substring(0, REASON_MAX);
        }
        em.createNativeQuery("insert into audit_log (id, server_id, actor_id, action, target_type, target_id, changes,"
                        + " reason, created_at) values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, now())")
                .setParameter(1, Ids.next()).setParameter(2, entry.serverId()).setParameter(3, entry.actorId())
                .setParameter(4, entry.action()).setParameter(5, entry.targetType()).setParameter(6, entry.targetId())
                .setParameter(7, changes).setParameter(8, reason).executeUpdate();
    }
}
