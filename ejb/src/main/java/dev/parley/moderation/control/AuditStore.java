package dev.parley.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads an audit log, newest first, by keyset on its time-ordered ids: a server's, or the
 * installation's own (entries without a server: sign-in throttling, accounts disabled, settings).
 */
@ApplicationScoped
public class AuditStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    /** An entry as stored; {@code changes} is the JSON text of the jsonb column. */
    public record Row(UUID id, UUID actorId, String action, String targetType, String targetId, String changes,
            String reason, OffsetDateTime createdAt) {
    }

    /** A page of this server's log. */
    public List<Row> page(UUID serverId, AuditQuery query) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(serverId);
        return page("server_id = ?", parameters, query);
    }

    /** A page of the installation's own log (no server). */
    public List<Row> installationPage(AuditQuery query) {
        return page("server_id is null", new ArrayList<>(), query);
    }

    @SuppressWarnings("unchecked")
    private List<Row> page(String scope, List<Object> parameters, AuditQuery query) {
        StringBuilder sql = new StringBuilder("select id, actor_id, action, target_type, target_id, cast(changes as text),"
                + " reason, created_at from audit_log where " + scope);
        if (query.action() != null) {
            sql.append(" and action = ?");
            parameters.add(query.action());
        }
        if (query.userId() != null) {
            sql.append(" and actor_id = ?");
            parameters.add(query.userId());
        }
        if (query.before() != null) {
            sql.append(" and id < ?");
            parameters.add(query.before());
        }
        sql.append(" order by id desc limit ?");
        parameters.add(query.limit());
        var q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new Row((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], offset(r[7]))).toList();
    }

    private static OffsetDateTime offset(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return value == null ? null : OffsetDateTime.parse(value.toString());
    }
}
