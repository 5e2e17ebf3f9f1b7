package dev.parley.message.control;

import dev.parley.identity.control.UserView;
import dev.parley.identity.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** The reactions' queries, on the caller's transaction's connection. */
@ApplicationScoped
public class ReactionStore {

    @Resource(lookup = "java:app/jdbc/parley")
    DataSource dataSource;

    /** Adds the reaction; false if the user had already reacted with this emoji. */
    boolean add(UUID messageId, String emoji, UUID userId) {
        return update("insert into reactions (message_id, emoji, user_id) values (?, ?, ?) on conflict do nothing",
                messageId, emoji, userId) == 1;
    }

    /** Removes the reaction; false if there was none. */
    boolean remove(UUID messageId, String emoji, UUID userId) {
        return update("delete from reactions where message_id = ? and emoji = ? and user_id = ?", messageId, emoji,
                userId) == 1;
    }

    /** How many reacted to the message with this emoji. */
    int count(UUID messageId, String emoji) {
        return (int) number("select count(*) from reactions where message_id = ? and emoji = ?", messageId, emoji);
    }

    /**
     * Locks the message against other reactions until the transaction ends (not against its
     * reactions' foreign keys, which take a weaker lock); false if it is gone.
     */
    boolean lockMessage(UUID messageId) {
        return number("select count(*) from (select id from messages where id = ? for no key update) x", messageId,
                null) > 0;
    }

    /** How many different emoji the message has. */
    long distinctEmoji(UUID messageId) {
        return number("select count(distinct emoji) from reactions where message_id = ?", messageId, null);
    }

    boolean has(UUID messageId, String emoji) {
        return number("select count(*) from (select 1 from reactions where message_id = ? and emoji = ? limit 1) x",
                messageId, emoji) > 0;
    }

    /** Who reacted with the emoji, ordered by user id, after {@code after} (keyset), at most {@code limit}. */
    List<UserView> users(UUID messageId, String emoji, UUID after, int limit) {
        String sql = "select u.id, u.username, u.display_name, u.avatar_url from reactions r join users u on u.id = r.user_id"
                + " where r.message_id = ? and r.emoji = ?" + (after != null ? " and r.user_id > ?" : "")
                + " order by r.user_id limit ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            int i = 1;
            q.setObject(i++, messageId);
            q.setString(i++, emoji);
            if (after != null) {
                q.setObject(i++, after);
            }
            q.setInt(i, limit);
            List<UserView> users = new ArrayList<>(limit);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String username = rs.getString(2);
                    users.add(new UserView((UUID) rs.getObject(1), username,
                            UserAccount.displayName(username, rs.getString(3)), rs.getString(4)));
                }
            }
            return users;
        } catch (SQLException e) {
            throw new IllegalStateException("reading reactions of " + messageId + " failed", e);
        }
    }

    private int update(String sql, UUID messageId, String emoji, UUID userId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, messageId);
            q.setString(2, emoji);
            q.setObject(3, userId);
            return q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("changing a reaction of " + messageId + " failed", e);
        }
    }

    private long number(String sql, UUID messageId, String emoji) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, messageId);
            if (emoji != null) {
                q.setString(2, emoji);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting reactions of " + messageId + " failed", e);
        }
    }
}
