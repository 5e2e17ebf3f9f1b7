package dev.parley.message.control;

import dev.parley.message.entity.Message;
import dev.parley.channel.entity.Channel;
import dev.parley.channel.entity.ChannelType;
import dev.parley.identity.entity.UserAccount;
import dev.parley.identity.control.UserView;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.Inputs;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Stateless
public class MessageService {

    public static final int MAX_LENGTH = 4000;

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Inject
    Inputs inputs;

    @Inject
    PermissionPolicy policy;

    @Inject
    Event<MessagePosted> posted;

    public MessageView post(UUID authorId, UUID channelId, Draft draft) {
        inputs.check(draft);
        PermissionPolicy.ChannelScope scope = policy.requireScope(authorId, channelId, Permission.SEND_MESSAGES);
        Channel channel = scope.channel();
        if (channel.getType() != ChannelType.TEXT) {
            throw new InvalidInputException("Messages can only be posted in text channels.",
                    Map.of("channelId", "is a " + channel.getType().wireName() + " channel"));
        }
        String nonce = draft.nonce() == null || draft.nonce().isBlank() ? null : draft.nonce();
        String content = draft.content().strip();
        Message message = new Message(channelId, authorId, content, nonce);
        // ON CONFLICT makes a repeated nonce a no-op even when two sends race
        int inserted = em.createNativeQuery("insert into messages (id, channel_id, user_id, content, message_type,"
                        + " nonce, created_at, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"
                        + " on conflict (channel_id, user_id, nonce) where nonce is not null do nothing")
                .setParameter(1, message.getId()).setParameter(2, channelId).setParameter(3, authorId)
                .setParameter(4, content).setParameter(5, message.getMessageType()).setParameter(6, nonce)
                .setParameter(7, message.getCreatedAt())
                .executeUpdate();
        UserView author = UserView.of(em.find(UserAccount.class, authorId));
        if (inserted == 0) {
            Message first = em.createNamedQuery(Message.BY_NONCE, Message.class).setParameter("channelId", channelId)
                    .setParameter("userId", authorId).setParameter("nonce", nonce).getSingleResult();
            return view(first, author);
        }
        MessageView view = view(message, author);
        posted.fire(new MessagePosted(view, channel.getServerId(), scope.viewers()));
        return view;
    }

    public List<MessageView> history(UUID userId, UUID channelId, History page) {
        History query = page == null ? History.latest() : page;
        int limit = query.limit() == null ? History.DEFAULT_LIMIT : query.limit();
        if (limit < 1 || limit > History.MAX_LIMIT) {
            throw new InvalidInputException("limit must be between 1 and 100.", Map.of("limit", "must be between 1 and 100"));
        }
        if (query.before() != null && query.after() != null) {
            throw new InvalidInputException("Give before or after, not both.", Map.of("after", "cannot be combined with before"));
        }
        policy.requireInChannel(userId, channelId, Permission.READ_MESSAGE_HISTORY);
        String sql = "select * from messages where channel_id = ?1"
                + (query.before() != null ? " and id < ?2 order by id desc" : "")
                + (query.after() != null ? " and id > ?2 order by id asc" : "")
                + (query.before() == null && query.after() == null ? " order by id desc" : "")
                + " limit " + limit;
        var q = em.createNativeQuery(sql, Message.class).setParameter(1, channelId);
        if (query.before() != null || query.after() != null) {
            q.setParameter(2, query.before() != null ? query.before() : query.after());
        }
        @SuppressWarnings("unchecked")
        List<Message> rows = new ArrayList<>(q.getResultList());
        if (query.after() != null) {
            Collections.reverse(rows);
        }
        return views(rows);
    }

    private List<MessageView> views(List<Message> rows) {
        Set<UUID> authorIds = rows.stream().map(Message::getUserId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, UserView> authors = authorIds.isEmpty() ? Map.of()
                : em.createQuery("select u from UserAccount u where u.id in :ids", UserAccount.class)
                .setParameter("ids", authorIds).getResultStream()
                .collect(Collectors.toMap(UserAccount::getId, UserView::of, (a, b) -> a));
        return rows.stream().map(m -> view(m, authors.get(m.getUserId()))).toList();
    }

    private static MessageView view(Message m, UserView author) {
        return new MessageView(m.getId(), m.getChannelId(), author, m.getContent(), m.getMessageType(), m.isPinned(),
                m.getNonce(), m.getCreatedAt().toInstant(), m.getEditedAt() == null ? null : m.getEditedAt().toInstant());
    }

}
