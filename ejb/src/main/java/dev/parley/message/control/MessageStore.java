package dev.parley.message.control;

import dev.parley.identity.control.UserView;
import dev.parley.identity.entity.UserAccount;
import dev.parley.message.entity.Message;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The message room's queries. A batch of posts is written with one statement (rows passed as
 * arrays and unnested), whatever its size; a repeated nonce is skipped by the unique index and
 * looked up afterwards, again in one statement for the whole batch. Called inside the batch's
 * transaction, so the JDBC connection is the transaction's.
 */
@ApplicationScoped
public class MessageStore {

    private static final String INSERT = "insert into messages (id, channel_id, user_id, content, message_type,"
            + " nonce, created_at, updated_at)"
            + " select t.id::uuid, t.channel_id::uuid, t.user_id::uuid, t.content, 'text', t.nonce,"
            + " t.created_at::timestamptz, t.created_at::timestamptz"
            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
            + " as t(id, channel_id, user_id, content, nonce, created_at)"
            + " on conflict (channel_id, user_id, nonce) where nonce is not null do nothing returning id";

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/parley")
    DataSource dataSource;

    /** Inserts the posts in one statement; answers the ids that were new (a repeated nonce is not). */
    Set<UUID> insert(List<PendingPost> posts) {
        int n = posts.size();
        String[][] columns = new String[6][n];
        for (int i = 0; i < n; i++) {
            Message m = posts.get(i).message();
            columns[0][i] = m.getId().toString();
            columns[1][i] = m.getChannelId().toString();
            columns[2][i] = m.getUserId().toString();
            columns[3][i] = m.getContent();
            columns[4][i] = m.getNonce();
            columns[5][i] = m.getCreatedAt().toString();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            List<Array> arrays = new ArrayList<>(6);
            for (int col = 0; col < 6; col++) {
                Array array = c.createArrayOf("text", columns[col]);
                arrays.add(array);
                insert.setArray(col + 1, array);
            }
            Set<UUID> inserted = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add((UUID) rows.getObject(1));
                }
            }
            for (Array array : arrays) {
                array.free();
            }
            return inserted;
        } catch (SQLException e) {
            throw new IllegalStateException("writing a batch of " + n + " messages failed", e);
        }
    }

    /** The stored messages of these nonces, in one query. */
    Map<PendingPost.NonceKey, Message> byNonces(Collection<PendingPost.NonceKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Set<UUID> channels = new HashSet<>();
        Set<String> nonces = new HashSet<>();
        for (PendingPost.NonceKey k : keys) {
            channels.add(k.channelId());
            nonces.add(k.nonce());
        }
        Map<PendingPost.NonceKey, Message> found = new HashMap<>();
        for (Message m : em.createQuery("select m from Message m where m.channelId in :c and m.nonce in :n",
                Message.class).setParameter("c", channels).setParameter("n", nonces).getResultList()) {
            found.put(new PendingPost.NonceKey(m.getChannelId(), m.getUserId(), m.getNonce()), m);
        }
        found.keySet().retainAll(new HashSet<>(keys));
        return found;
    }

    /** The columns of a history page: the message and, joined, what its view shows of the author. */
    private static final String PAGE = "select m.id, m.channel_id, m.content, m.message_type, m.pinned, m.nonce,"
            + " m.created_at, m.edited_at, u.id, u.username, u.display_name, u.avatar_url"
            + " from messages m left join users u on u.id = m.user_id"
            + " where m.channel_id >= ? and m.channel_id <= ?";

    /**
     * The statement of a page; its parameters are the channel id twice, then {@code before} or
     * {@code after} if given, then the limit.
     * <p>
     * The channel is matched as a range of one value and ordered by channel first, so that only
     * {@code idx_messages_channel_id (channel_id, id desc)} can give the order. With
     * {@code channel_id = ?} PostgreSQL drops the channel from the order (it is constant) and,
     * where the channel holds much of the table, walks the primary key backwards instead and
     * filters: the newest page of a quiet channel then read every newer message of every other
     * channel first (2.4 s behind 150,000 newer messages elsewhere; RestApiIT checks the plan).
     */
    public static String pageSql(boolean before, boolean after) {
        return PAGE
                + (before ? " and m.id < ? order by m.channel_id, m.id desc" : "")
                + (after ? " and m.id > ? order by m.channel_id desc, m.id asc" : "")
                + (!before && !after ? " order by m.channel_id, m.id desc" : "")
                + " limit ?";
    }

    /**
     * A page of a channel's history as views, newest first: older than {@code before}, newer than
     * {@code after}, or the newest. Keyset pagination on {@code (channel_id, id)}; the authors come
     * in the same statement (a left join: a message whose author is gone has none), so a page is one
     * round trip on a plain JDBC connection, with no entities built or tracked.
     */
    public List<MessageView> page(UUID channelId, UUID before, UUID after, int limit) {
        String sql = pageSql(before != null, after != null);
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            int i = 1;
            q.setObject(i++, channelId);
            q.setObject(i++, channelId);
            if (before != null || after != null) {
                q.setObject(i++, before != null ? before : after);
            }
            q.setInt(i, limit);
            List<MessageView> page = new ArrayList<>(limit);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    page.add(view(rs));
                }
            }
            if (after != null) {
                Collections.reverse(page);
            }
            return page;
        } catch (SQLException e) {
            throw new IllegalStateException("reading a page of channel " + channelId + " failed", e);
        }
    }

    /*
     * Columns are read with the plain getters: the pool's ResultSet wrapper calls getObject(int,
     * Class) through reflection, a copied Method per call (7 % of a page's garbage).
     */
    private static MessageView view(ResultSet rs) throws SQLException {
        UUID authorId = (UUID) rs.getObject(9);
        String username = rs.getString(10);
        UserView author = authorId == null ? null
                : new UserView(authorId, username, UserAccount.displayName(username, rs.getString(11)), rs.getString(12));
        Timestamp edited = rs.getTimestamp(8);
        return new MessageView((UUID) rs.getObject(1), (UUID) rs.getObject(2), author, rs.getString(3),
                rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                edited == null ? null : edited.toInstant());
    }
}
