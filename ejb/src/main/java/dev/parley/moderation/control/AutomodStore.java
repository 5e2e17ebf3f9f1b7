package dev.parley.moderation.control;

import dev.parley.platform.entity.Ids;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The queries of auto-moderation: rules ({@code automod_rules}, whose lists are arrays, hence
 * plain JDBC on the transaction's connection), and what an alert needs (names, the alert message).
 */
@ApplicationScoped
public class AutomodStore {

    /** The type of an alert message: posted by nobody, in the alert channel. */
    public static final String ALERT_MESSAGE_TYPE = "automod";

    private static final String COLUMNS = "id, server_id, name, keywords, regexes, action, alert_channel_id,"
            + " exempt_role_ids, exempt_channel_ids, enabled, created_by, created_at, updated_at";

    @Resource(lookup = "java:app/jdbc/parley")
    DataSource dataSource;

    /** A server's rules, oldest first. */
    public List<AutomodRuleView> ofServer(UUID serverId) {
        return query("select " + COLUMNS + " from automod_rules where server_id = ? order by id", serverId);
    }

    public Optional<AutomodRuleView> find(UUID ruleId) {
        return query("select " + COLUMNS + " from automod_rules where id = ?", ruleId).stream().findFirst();
    }

    /**
     * Locks the server's row until the transaction ends, so that two rules created at once cannot
     * both pass the limit check.
     */
    public void lockServer(UUID serverId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select id from servers where id = ? for update")) {
            s.setObject(1, serverId);
            s.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("locking a server failed", e);
        }
    }

    public void insert(AutomodRuleView rule) {
        update("insert into automod_rules (name, keywords, regexes, action, alert_channel_id, exempt_role_ids,"
                + " exempt_channel_ids, enabled, created_by, created_at, updated_at, id, server_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rule, true);
    }

    public void update(AutomodRuleView rule) {
        update("update automod_rules set name = ?, keywords = ?, regexes = ?, action = ?, alert_channel_id = ?,"
                + " exempt_role_ids = ?, exempt_channel_ids = ?, enabled = ?, created_by = ?, created_at = ?,"
                + " updated_at = ? where id = ? and server_id = ?", rule, false);
    }

    public boolean delete(UUID ruleId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from automod_rules where id = ?")) {
            s.setObject(1, ruleId);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("deleting a rule failed", e);
        }
    }

    /** The channel, if it is still a text channel of the server (an alert's destination). */
    public Optional<String> textChannelName(UUID serverId, UUID channelId) {
        return string("select name from channels where id = ? and server_id = ? and type = 'text'", channelId, serverId);
    }

    public Optional<String> channelName(UUID channelId) {
        return string("select name from channels where id = ?", channelId, null);
    }

    /** How the user is named in an alert: their display name and username. */
    public Optional<String> userName(UUID userId) {
        return string("select coalesce(display_name || ' (@' || username || ')', '@' || username) from users where id = ?",
                userId, null);
    }

    /** Stores an alert message (no author, type {@value #ALERT_MESSAGE_TYPE}); answers its id. */
    public UUID insertAlert(UUID channelId, String content) {
        UUID id = Ids.next();
        Timestamp at = Timestamp.from(Instant.ofEpochMilli(Ids.millisOf(id)));
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into messages (id, channel_id, user_id, content,"
                        + " message_type, created_at, updated_at) values (?, ?, null, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setObject(2, channelId);
            s.setString(3, content);
            s.setString(4, ALERT_MESSAGE_TYPE);
            s.setTimestamp(5, at);
            s.setTimestamp(6, at);
            s.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("storing an auto-moderation alert failed", e);
        }
    }

    private Optional<String> string(String sql, UUID first, UUID second) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, first);
            if (second != null) {
                s.setObject(2, second);
            }
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading for an auto-moderation alert failed", e);
        }
    }

    private void update(String sql, AutomodRuleView r, boolean insert) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            List<Array> arrays = List.of(c.createArrayOf("text", r.keywords().toArray()),
                    c.createArrayOf("text", r.regexes().toArray()),
                    c.createArrayOf("uuid", r.exemptRoleIds().toArray()),
                    c.createArrayOf("uuid", r.exemptChannelIds().toArray()));
            s.setString(1, r.name());
            s.setArray(2, arrays.get(0));
            s.setArray(3, arrays.get(1));
            s.setString(4, r.action());
            s.setObject(5, r.alertChannelId());
            s.setArray(6, arrays.get(2));
            s.setArray(7, arrays.get(3));
            s.setBoolean(8, r.enabled());
            s.setObject(9, r.createdBy());
            s.setTimestamp(10, Timestamp.from(r.createdAt()));
            s.setTimestamp(11, Timestamp.from(r.updatedAt()));
            s.setObject(12, r.id());
            s.setObject(13, r.serverId());
            s.executeUpdate();
            for (Array a : arrays) {
                a.free();
            }
        } catch (SQLException e) {
            throw new IllegalStateException((insert ? "storing" : "changing") + " a rule failed", e);
        }
    }

    private List<AutomodRuleView> query(String sql, UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            List<AutomodRuleView> found = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(new AutomodRuleView((UUID) rows.getObject(1), (UUID) rows.getObject(2),
                            rows.getString(3), strings(rows.getArray(4)), strings(rows.getArray(5)),
                            rows.getString(6), (UUID) rows.getObject(7), uuids(rows.getArray(8)),
                            uuids(rows.getArray(9)), rows.getBoolean(10), (UUID) rows.getObject(11),
                            rows.getTimestamp(12).toInstant(), rows.getTimestamp(13).toInstant()));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("reading rules failed", e);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
