package dev.parley.message.control;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Whom a message mentions: users and roles named in it, and everyone ({@code @everyone} or
 * {@code @here}, only for an author with MENTION_EVERYONE); and who is notified — those of them
 * who may see the channel, without the author — which is what unread mention counts add up.
 */
public record Mentions(List<UUID> users, List<UUID> roles, boolean everyone, Set<UUID> notified) {

    public static final Mentions NONE = new Mentions(List.of(), List.of(), false, Set.of());

    public Mentions {
        users = List.copyOf(users);
        roles = List.copyOf(roles);
        notified = Set.copyOf(notified);
    }

    /** The users as a PostgreSQL array literal, for the group commit's text columns; null for none. */
    static String arrayLiteral(List<UUID> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(2 + ids.size() * 37).append('{');
        for (int i = 0; i < ids.size(); i++) {
            out.append(i > 0 ? "," : "").append(ids.get(i));
        }
        return out.append('}').toString();
    }
}
