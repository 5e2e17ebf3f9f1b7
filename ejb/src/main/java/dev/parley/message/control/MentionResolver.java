package dev.parley.message.control;

import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Turns the names a message mentions into users and roles of its server: one query for both,
 * and only for a message that has an {@code @} in it. A name that is neither a member's username
 * nor one of the server's roles stays plain text; so do {@code @everyone} and {@code @here}
 * without MENTION_EVERYONE; so does a role that is not mentionable (as Discord: only members
 * holding MENTION_EVERYONE may mention those).
 */
@ApplicationScoped
public class MentionResolver {

    private static final String NAMES = "select u.id, 'u' from users u join server_members sm on sm.user_id = u.id"
            + " where sm.server_id = ? and lower(u.username) = any(?)"
            + " union all select u.id, 'u' from users u join dm_participants p on p.user_id = u.id"
            + " where p.conversation_id = ? and lower(u.username) = any(?)"
            + " union all select r.id, 'r' from roles r where r.server_id = ? and not r.is_default and lower(r.name) = any(?)"
            + " and (r.mentionable or ?)";

    @Resource(lookup = "java:app/jdbc/parley")
    DataSource dataSource;

    @Inject
    PermissionPolicy policy;

    public Mentions resolve(UUID authorId, UUID serverId, UUID channelId, String content) {
        MentionText text = MentionText.of(content);
        if (text == MentionText.NONE) {
            return Mentions.NONE;
        }
        boolean mayMentionAll = policy.holds(authorId, channelId, Permission.MENTION_EVERYONE);
        boolean everyone = text.everyone() && mayMentionAll;
        List<UUID> users = new ArrayList<>();
        List<UUID> roles = new ArrayList<>();
        if (!text.names().isEmpty()) {
            try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(NAMES)) {
                Array names = c.createArrayOf("text", text.names().toArray());
                q.setObject(1, serverId);
                q.setArray(2, names);
                q.setObject(3, serverId);
                q.setArray(4, names);
                q.setObject(5, serverId);
                q.setArray(6, names);
                q.setBoolean(7, mayMentionAll);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        ("u".equals(rs.getString(2)) ? users : roles).add((UUID) rs.getObject(1));
                    }
                }
                names.free();
            } catch (SQLException e) {
                throw new IllegalStateException("resolving mentions failed", e);
            }
        }
        if (users.isEmpty() && roles.isEmpty() && !everyone) {
            return Mentions.NONE;
        }
        Set<UUID> notified = new HashSet<>(policy.viewersAmong(channelId, new HashSet<>(users), new HashSet<>(roles),
                everyone));
        notified.remove(authorId);
        return new Mentions(users, roles, everyone, notified);
    }
}
