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
import java.util.Optional;
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

    /* the insert, and in the same round trip what the views show of the authors of the rows it inserted */
    private static final String INSERT = "with inserted as (insert into messages (id, channel_id, user_id, content, message_type,"
            + " nonce, created_at, updated_at, reply_to, mention_ids, mention_role_ids, mention_everyone)"
            + " select t.id::uuid, t.channel_id::uuid, t.user_id::uuid, t.content, 'text', t.nonce,"
            + " t.created_at::timestamptz, t.created_at::timestamptz, t.reply_to::uuid, t.mention_ids::uuid[],"
            + " t.mention_role_ids::uuid[], coalesce(t.mention_everyone::boolean, false)"
            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[])"
            + " as t(id, channel_id, user_id, content, nonce, created_at, reply_to, mention_ids, mention_role_ids,"
            + " mention_everyone)"
            + " on conflict (channel_id, user_id, nonce) where nonce is not null do nothing returning id, user_id)"
            + " select i.id, u.id, u.username, u.display_name, u.avatar_url from inserted i join users u on u.id = i.user_id";

    private static final int COLUMNS = 10;

    private static final String INSERT_MENTIONS = "insert into mentions (user_id, channel_id, message_id)"
            + " select * from unnest(?::uuid[], ?::uuid[], ?::uuid[]) on conflict do nothing";

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/parley")
    DataSource dataSource;

    /** What a batch's insert did: the ids of the rows it inserted, and their authors as views show them. */
    record Inserted(Set<UUID> ids, Map<UUID, UserView> authors) {
    }

    /** Inserts the posts in one statement; answers the ids that were new (a repeated nonce is not) and their authors. */
    Inserted insert(List<PendingPost> posts) {
        int n = posts.size();
        String[][] columns = new String[COLUMNS][n];
        for (int i = 0; i < n; i++) {
            Message m = posts.get(i).message();
            columns[0][i] = m.getId().toString();
            columns[1][i] = m.getChannelId().toString();
            columns[2][i] = m.getUserId().toString();
            columns[3][i] = m.getContent();
            columns[4][i] = m.getNonce();
            columns[5][i] = m.getCreatedAt().toString();
            columns[6][i] = m.getReplyTo() == null ? null : m.getReplyTo().toString();
            Mentions mentions = posts.get(i).mentions();
            columns[7][i] = Mentions.arrayLiteral(mentions.users());
            columns[8][i] = Mentions.arrayLiteral(mentions.roles());
            columns[9][i] = mentions.everyone() ? "true" : null;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            List<Array> arrays = new ArrayList<>(COLUMNS);
            for (int col = 0; col < COLUMNS; col++) {
                Array array = c.createArrayOf("text", columns[col]);
                arrays.add(array);
                insert.setArray(col + 1, array);
            }
            Set<UUID> inserted = new HashSet<>();
            Map<UUID, UserView> authors = new HashMap<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add((UUID) rows.getObject(1));
                    UserView author = user(rows, 2);
                    authors.put(author.id(), author);
                }
            }
            for (Array array : arrays) {
                array.free();
            }
            return new Inserted(inserted, authors);
        } catch (SQLException e) {
            throw new IllegalStateException("writing a batch of " + n + " messages failed", e);
        }
    }

    /**
     * Records whom the posts that were inserted notify, in one statement for the batch (none when
     * nobody is mentioned): the rows unread mention counts are made of.
     */
    void insertMentions(List<PendingPost> posts, Set<UUID> inserted) {
        List<UUID> users = new ArrayList<>();
        List<UUID> channels = new ArrayList<>();
        List<UUID> messages = new ArrayList<>();
        for (PendingPost p : posts) {
            if (inserted.contains(p.message().getId())) {
                for (UUID user : p.mentions().notified()) {
                    users.add(user);
                    channels.add(p.message().getChannelId());
                    messages.add(p.message().getId());
                }
            }
        }
        replaceMentions(null, users, channels, messages);
    }

    /**
     * Writes mention rows; with {@code replacing}, first drops that message's rows and sets its
     * mention columns from {@code mentions} (an edit).
     */
    private void replaceMentions(Mentions replacing, List<UUID> users, List<UUID> channels, List<UUID> messages) {
        if (users.isEmpty() && replacing == null) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            if (replacing != null) {
                UUID messageId = messages.get(0);
                try (PreparedStatement drop = c.prepareStatement("delete from mentions where message_id = ?");
                        PreparedStatement set = c.prepareStatement("update messages set mention_ids = ?::uuid[],"
                                + " mention_role_ids = ?::uuid[], mention_everyone = ? where id = ?")) {
                    drop.setObject(1, messageId);
                    drop.executeUpdate();
                    set.setString(1, Mentions.arrayLiteral(replacing.users()));
                    set.setString(2, Mentions.arrayLiteral(replacing.roles()));
                    set.setBoolean(3, replacing.everyone());
                    set.setObject(4, messageId);
                    set.executeUpdate();
                }
                if (users.isEmpty()) {
                    return;
                }
            }
            try (PreparedStatement insert = c.prepareStatement(INSERT_MENTIONS)) {
                insert.setArray(1, c.createArrayOf("uuid", users.toArray()));
                insert.setArray(2, c.createArrayOf("uuid", channels.toArray()));
                insert.setArray(3, c.createArrayOf("uuid", messages.toArray()));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing mentions failed", e);
        }
    }

    /** Sets an edited message's mentions (its columns and its rows) to {@code mentions}. */
    public void setMentions(UUID messageId, UUID channelId, Mentions mentions) {
        List<UUID> users = new ArrayList<>(mentions.notified());
        List<UUID> channels = new ArrayList<>();
        List<UUID> messages = new ArrayList<>();
        for (int i = 0; i < Math.max(1, users.size()); i++) {
            channels.add(channelId);
            messages.add(messageId);
        }
        if (users.isEmpty()) {
            replaceMentions(mentions, List.of(), List.of(), messages);
        } else {
            replaceMentions(mentions, users, channels, messages);
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

    /**
     * The columns of a message view: the message; what it shows of the author; the message it
     * answers (looked up by its id, so a deleted original is seen as gone) with its author and
     * first line; whom it mentions; and its reactions, one {@code emoji US count US me} record per emoji separated by
     * RS, in the order they were first used, where {@code me} says whether the reader (the first
     * parameter) reacted. The quote and the reactions are per-row lookups by key ({@code lateral}
     * and a scalar subquery), done only for the rows of the page.
     */
    private static final String VIEW = "select m.id, m.channel_id, m.content, m.message_type, m.pinned, m.nonce,"
            + " m.created_at, m.edited_at, u.id, u.username, u.display_name, u.avatar_url,"
            + " m.reply_to, q.id, q.excerpt, q.author_id, q.username, q.display_name, q.avatar_url,"
            + " m.mention_ids, m.mention_role_ids, m.mention_everyone,"
            + " (select string_agg(x.emoji || chr(31) || x.n || chr(31) || x.me, chr(30) order by x.first)"
            + "   from (select r.emoji, count(*) as n, max(case when r.user_id = ? then 1 else 0 end) as me,"
            + "   min(r.created_at) as first from reactions r where r.message_id = m.id group by r.emoji) x)"
            + " from messages m left join users u on u.id = m.user_id"
            + " left join lateral (select o.id, left(split_part(o.content, E'\\n', 1), "
            + MessageView.ReplyQuote.EXCERPT_LENGTH + ") as excerpt,"
            + "   ou.id as author_id, ou.username, ou.display_name, ou.avatar_url"
            + "   from messages o left join users ou on ou.id = o.user_id where o.id = m.reply_to) q on true";

    private static final String PAGE = VIEW + " where m.channel_id >= ? and m.channel_id <= ?";

    /**
     * The statement of a page; its parameters are the reader, the channel id twice, then
     * {@code before} or {@code after} (or the message a page is {@code around}, for the older half)
     * if given, then the limit.
     * <p>
     * The channel is matched as a range of one value and ordered by channel first, so that only
     * {@code idx_messages_channel_id (channel_id, id desc)} can give the order. With
     * {@code channel_id = ?} PostgreSQL drops the channel from the order (it is constant) and,
     * where the channel holds much of the table, walks the primary key backwards instead and
     * filters: the newest page of a quiet channel then read every newer message of every other
     * channel first (2.4 s behind 150,000 newer messages elsewhere; RestApiIT checks the plan).
     */
    public static String pageSql(boolean before, boolean after) {
        return pageSql(before ? "<" : null, after);
    }

    /** As {@link #pageSql(boolean, boolean)}, with {@code <} or {@code <=} (around) as the older-than operator. */
    private static String pageSql(String olderThan, boolean after) {
        return PAGE
                + (olderThan != null ? " and m.id " + olderThan + " ? order by m.channel_id, m.id desc" : "")
                + (after ? " and m.id > ? order by m.channel_id desc, m.id asc" : "")
                + (olderThan == null && !after ? " order by m.channel_id, m.id desc" : "")
                + " limit ?";
    }

    /**
     * A page of a channel's history as views, newest first: older than {@code before}, newer than
     * {@code after}, or the newest. Keyset pagination on {@code (channel_id, id)}; the authors come
     * in the same statement (a left join: a message whose author is gone has none), so a page is one
     * round trip on a plain JDBC connection, with no entities built or tracked.
     */
    public List<MessageView> page(UUID readerId, UUID channelId, UUID before, UUID after, int limit) {
        return page(readerId, channelId, before != null ? "<" : null, before != null ? before : after, after != null, limit);
    }

    /**
     * The page around a message: the message (if it is still there) and older ones, half of
     * {@code limit} at most newer ones; newest first.
     */
    public List<MessageView> around(UUID readerId, UUID channelId, UUID around, int limit) {
        int newerCount = limit / 2;
        List<MessageView> newer = newerCount == 0 ? List.of() : page(readerId, channelId, null, around, true, newerCount);
        List<MessageView> older = page(readerId, channelId, "<=", around, false, limit - newer.size());
        List<MessageView> all = new ArrayList<>(newer.size() + older.size());
        all.addAll(newer);
        all.addAll(older);
        return all;
    }

    private List<MessageView> page(UUID readerId, UUID channelId, String olderThan, UUID cursor, boolean after, int limit) {
        String sql = pageSql(olderThan, after);
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            int i = 1;
            q.setObject(i++, readerId);
            q.setObject(i++, channelId);
            q.setObject(i++, channelId);
            if (cursor != null) {
                q.setObject(i++, cursor);
            }
            q.setInt(i, limit);
            List<MessageView> page = new ArrayList<>(limit);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    page.add(view(rs));
                }
            }
            if (after) {
                Collections.reverse(page);
            }
            return page;
        } catch (SQLException e) {
            throw new IllegalStateException("reading a page of channel " + channelId + " failed", e);
        }
    }

    /** One message as the reader sees it. */
    public Optional<MessageView> view(UUID readerId, UUID messageId) {
        List<MessageView> found = views(VIEW + " where m.id = ?", readerId, messageId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** A channel's pinned messages, the newest pin first. */
    public List<MessageView> pins(UUID readerId, UUID channelId) {
        return views(VIEW + " where m.channel_id = ? and m.pinned order by m.pinned_at desc", readerId, channelId);
    }

    private List<MessageView> views(String sql, UUID readerId, UUID key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, readerId);
            q.setObject(2, key);
            List<MessageView> views = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    views.add(view(rs));
                }
            }
            return views;
        } catch (SQLException e) {
            throw new IllegalStateException("reading messages by " + key + " failed", e);
        }
    }

    /** What permission checks and replies need of a message, without its content. */
    public record MessageHead(UUID id, UUID channelId, UUID authorId, boolean pinned, MessageView.ReplyQuote quote) {
    }

    /** The message's channel and author, and the quote a reply to it shows; in one round trip. */
    public Optional<MessageHead> head(UUID messageId) {
        String sql = "select m.id, m.channel_id, m.user_id, m.pinned, left(split_part(m.content, E'\\n', 1), "
                + MessageView.ReplyQuote.EXCERPT_LENGTH + "), u.id, u.username, u.display_name, u.avatar_url"
                + " from messages m left join users u on u.id = m.user_id where m.id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, messageId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                UserView author = user(rs, 6);
                return Optional.of(new MessageHead((UUID) rs.getObject(1), (UUID) rs.getObject(2),
                        (UUID) rs.getObject(3), rs.getBoolean(4), new MessageView.ReplyQuote(author, rs.getString(5), false)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading message " + messageId + " failed", e);
        }
    }

    /** The message, to change it in the caller's transaction: locked until it commits. */
    public Optional<Message> lock(UUID messageId) {
        return Optional.ofNullable(em.find(Message.class, messageId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    /** Writes the transaction's changes to entities now, so that statements on the connection see them. */
    public void flush() {
        em.flush();
    }

    /** Keeps a replaced version. */
    public void keep(dev.parley.message.entity.MessageEdit edit) {
        em.persist(edit);
    }

    /** The versions a message had before its edits, newest first. */
    public List<dev.parley.message.entity.MessageEdit> edits(UUID messageId) {
        return em.createQuery("select e from MessageEdit e where e.messageId = :m order by e.id desc",
                dev.parley.message.entity.MessageEdit.class).setParameter("m", messageId).getResultList();
    }

    /** Deletes the message (its edits, pins and reactions go with it). */
    public void delete(Message message) {
        em.remove(message);
    }

    /** How many messages of the channel are pinned; the channel row is locked first, so concurrent pins count in turn. */
    public long pinCountLocked(UUID channelId) {
        em.createNativeQuery("select id from channels where id = ? for update").setParameter(1, channelId).getResultList();
        return ((Number) em.createNativeQuery("select count(*) from messages where channel_id = ? and pinned")
                .setParameter(1, channelId).getSingleResult()).longValue();
    }

    /*
     * Columns are read with the plain getters: the pool's ResultSet wrapper calls getObject(int,
     * Class) through reflection, a copied Method per call (7 % of a page's garbage).
     */
    private static MessageView view(ResultSet rs) throws SQLException {
        Timestamp edited = rs.getTimestamp(8);
        UUID replyTo = (UUID) rs.getObject(13);
        MessageView.ReplyQuote quote = null;
        if (replyTo != null) {
            quote = rs.getObject(14) == null ? MessageView.ReplyQuote.DELETED
                    : new MessageView.ReplyQuote(user(rs, 16), rs.getString(15), false);
        }
        return new MessageView((UUID) rs.getObject(1), (UUID) rs.getObject(2), user(rs, 9), rs.getString(3),
                rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                edited == null ? null : edited.toInstant(), replyTo, quote, reactions(rs.getString(23)), uuids(rs, 20),
                uuids(rs, 21), rs.getBoolean(22));
    }

    private static List<UUID> uuids(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<UUID> ids = new ArrayList<>(values.length);
        for (Object v : values) {
            ids.add(v instanceof UUID u ? u : UUID.fromString(v.toString()));
        }
        return ids;
    }

    /** A user's id, username, display name and avatar from four columns starting at {@code from}; null when the id is. */
    private static UserView user(ResultSet rs, int from) throws SQLException {
        UUID id = (UUID) rs.getObject(from);
        if (id == null) {
            return null;
        }
        String username = rs.getString(from + 1);
        return new UserView(id, username, UserAccount.displayName(username, rs.getString(from + 2)), rs.getString(from + 3));
    }

    /** Parses the reactions column ({@code emoji US count US me}, RS between emoji). */
    static List<MessageView.ReactionCount> reactions(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        List<MessageView.ReactionCount> counts = new ArrayList<>(4);
        for (String record : column.split("\u001e")) {
            String[] f = record.split("\u001f");
            counts.add(new MessageView.ReactionCount(f[0], Integer.parseInt(f[1]), "1".equals(f[2])));
        }
        return counts;
    }
}
