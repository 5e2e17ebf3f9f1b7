package dev.parley.notify.control;

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

/** Read states and the counts made from them. */
@ApplicationScoped
public class ReadStateStore {

    /**
     * For each channel (with its server): the last read message, the unread messages of others
     * (at most the limit, so a never-read busy channel costs a short index range, not a count of
     * its history) and the mentions. A "server" here is a server or a direct conversation. Where
     * nothing was read yet, what came before the member (or participant) joined
     * is not unread: the floor is the UUIDv7 of the moment they joined.
     */
    private static final String COUNTS = "select c.channel_id, c.server_id, r.last_message_id,"
            + " (select count(*) from (select 1 from messages m where m.channel_id = c.channel_id"
            + "   and m.id > coalesce(r.last_message_id, f.floor) and m.user_id is distinct from ? limit "
            + Unread.COUNT_LIMIT + ") x),"
            + " (select count(*) from mentions n where n.user_id = ? and n.channel_id = c.channel_id"
            + "   and n.message_id > coalesce(r.last_message_id, f.floor))"
            + " from unnest(?::uuid[], ?::uuid[]) as c(channel_id, server_id)"
            + " left join server_members sm on sm.server_id = c.server_id and sm.user_id = ?"
            + " left join dm_participants dp on dp.conversation_id = c.server_id and dp.user_id = ?"
            + " cross join lateral (select (lpad(to_hex((extract(epoch from coalesce(sm.joined_at, dp.joined_at)) * 1000)"
            + "   ::bigint), 12, '0') || '70008000000000000000')::uuid as floor) f"
            + " left join read_states r on r.user_id = ? and r.channel_id = c.channel_id";

    @Resource(lookup = "java:app/jdbc/parley")
    DataSource dataSource;

    /** Sets the user's last read message in the channel (moving it back marks later ones unread again). */
    void mark(UUID userId, UUID channelId, UUID messageId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "insert into read_states (user_id, channel_id, last_message_id, updated_at) values (?, ?, ?, now())"
                        + " on conflict (user_id, channel_id) do update set last_message_id = excluded.last_message_id,"
                        + " updated_at = excluded.updated_at")) {
            q.setObject(1, userId);
            q.setObject(2, channelId);
            q.setObject(3, messageId);
            q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("marking channel " + channelId + " read failed", e);
        }
    }

    /** The counts of these channels (parallel lists: channel ids and their servers), in one statement. */
    List<Unread.ChannelUnread> counts(UUID userId, List<UUID> channelIds, List<UUID> serverIds) {
        if (channelIds.isEmpty()) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(COUNTS)) {
            q.setObject(1, userId);
            q.setObject(2, userId);
            q.setArray(3, c.createArrayOf("uuid", channelIds.toArray()));
            q.setArray(4, c.createArrayOf("uuid", serverIds.toArray()));
            q.setObject(5, userId);
            q.setObject(6, userId);
            q.setObject(7, userId);
            List<Unread.ChannelUnread> counts = new ArrayList<>(channelIds.size());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    counts.add(new Unread.ChannelUnread((UUID) rs.getObject(1), (UUID) rs.getObject(2),
                            (UUID) rs.getObject(3), rs.getInt(4), rs.getInt(5)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("counting unread messages failed", e);
        }
    }
}
