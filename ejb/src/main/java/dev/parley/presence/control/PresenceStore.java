package dev.parley.presence.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The presence room's queries: the presence columns of {@code users} ({@code status},
 * {@code last_seen}, {@code chosen_status}, V3__presence.sql) and who shares a server with whom.
 * Plain JDBC, each statement on its own (presence changes are single-row updates that need no
 * transaction around them, and the columns are not the identity room's entity's).
 */
@ApplicationScoped
public class PresenceStore {

    @Resource(lookup = "java:app/jdbc/parley")
    DataSource dataSource;

    /** The status the user chose last, if the user exists. */
    public Optional<PresenceStatus> chosen(UUID userId) {
        return one("SELECT chosen_status FROM users WHERE id = ?", userId, rs -> PresenceStatus.stored(rs.getString(1)));
    }

    public void choose(UUID userId, PresenceStatus status) {
        update("UPDATE users SET chosen_status = ? WHERE id = ?", status.wire(), userId);
    }

    /** Records how the user looks now; {@code lastSeen} (when their last connection closed) unless null. */
    public void record(UUID userId, PresenceStatus status, Instant lastSeen) {
        if (lastSeen == null) {
            update("UPDATE users SET status = ? WHERE id = ?", status.wire(), userId);
        } else {
            update("UPDATE users SET status = ?, last_seen = ? WHERE id = ?", status.wire(), Timestamp.from(lastSeen),
                    userId);
        }
    }

    /** When the user's last connection closed (their sign-up, before any): empty if no such user. */
    public Optional<Optional<Instant>> lastSeen(UUID userId) {
        return one("SELECT last_seen FROM users WHERE id = ?", userId, rs -> {
            Timestamp t = rs.getTimestamp(1);
            return Optional.ofNullable(t == null ? null : t.toInstant());
        });
    }

    /** Whether the two users are members of one server, or take part in one direct conversation, at least. */
    public boolean shareAServer(UUID a, UUID b) {
        return query("SELECT 1 FROM server_members x JOIN server_members y ON y.server_id = x.server_id"
                + " WHERE x.user_id = ? AND y.user_id = ?"
                + " UNION ALL SELECT 1 FROM dm_participants x JOIN dm_participants y ON y.conversation_id = x.conversation_id"
                + " WHERE x.user_id = ? AND y.user_id = ? LIMIT 1", rs -> 1, a, b, a, b).size() == 1;
    }

    /** The servers the user is a member of. */
    public List<UUID> serversOf(UUID userId) {
        return query("SELECT server_id FROM server_members WHERE user_id = ?", rs -> rs.getObject(1, UUID.class), userId);
    }

    /** The members of a server. */
    public List<UUID> membersOf(UUID serverId) {
        return query("SELECT user_id FROM server_members WHERE server_id = ?", rs -> rs.getObject(1, UUID.class),
                serverId);
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> Optional<T> one(String sql, UUID id, Row<T> row) {
        List<T> found = query(sql, row, id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private <T> List<T> query(String sql, Row<T> row, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("presence query failed", e);
        }
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("presence update failed", e);
        }
    }
}
