package dev.parley.moderation.control;

import dev.parley.platform.control.InvalidInputException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A page of a server's audit log: entries of one {@code action} (e.g. {@code member.ban}), by one
 * actor ({@code userId}), older than the entry {@code before}; at most {@code limit} (1–100,
 * default 50); newest first. Any of them may be absent.
 */
public record AuditQuery(String action, UUID userId, UUID before, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;
    /** What every action name looks like: dotted lower-case words, as {@code role.update}. */
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z_]*(\\.[a-z][a-z_]*)+");
    private static final int ACTION_MAX = 40;

    /** Reads the query parameters as given (null for absent); a bad one is a 400 naming it. */
    public static AuditQuery parse(String action, String userId, String before, String limit) {
        String a = action == null || action.isBlank() ? null : action.strip();
        if (a != null && (a.length() > ACTION_MAX || !ACTION.matcher(a).matches())) {
            throw new InvalidInputException("action must be an audit action name such as member.ban.",
                    Map.of("action", "must be an action name such as member.ban"));
        }
        return new AuditQuery(a, uuid("userId", userId), uuid("before", before), limit(limit));
    }

    private static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String v = value.strip();
            UUID id = UUID.fromString(v);
            if (!id.toString().equalsIgnoreCase(v)) {
                throw new IllegalArgumentException(v); // UUID.fromString accepts "1-2-3-4-5"
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name + " must be an id (a UUID).", Map.of(name, "must be a UUID"));
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > MAX_LIMIT) {
            throw new InvalidInputException("limit must be between 1 and 100.", Map.of("limit", "must be between 1 and 100"));
        }
        return n;
    }
}
