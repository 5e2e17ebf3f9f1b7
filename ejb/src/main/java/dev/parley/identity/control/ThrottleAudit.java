package dev.parley.identity.control;

import dev.parley.moderation.control.AuditRecord;
import dev.parley.moderation.control.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes "sign-ins were throttled" to the installation's audit log ({@code auth.login.throttled}, no
 * server), in a transaction of its own: the request that hit the limit answers an error and rolls its
 * own transaction back, and the entry must stay.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ThrottleAudit {

    public static final String LOGIN_THROTTLED = "auth.login.throttled";

    @Inject
    AuditTrail audit;

    /** An account's failed sign-ins reached the limit: who, and from where the last one came. */
    public void accountThrottled(UUID userId, String ip) {
        audit.record(AuditRecord.of(null, null, LOGIN_THROTTLED, "user", userId, null, details(ip)));
    }

    /** Failed sign-ins from one address reached the limit. */
    public void addressThrottled(String ip) {
        audit.record(AuditRecord.of(null, null, LOGIN_THROTTLED, "ip", ip, null, details(ip)));
    }

    private static Map<String, Object> details(String ip) {
        Map<String, Object> after = new LinkedHashMap<>();
        if (ip != null) {
            after.put("ip", ip);
        }
        return after.isEmpty() ? null : after;
    }
}
