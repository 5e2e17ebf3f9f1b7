package dev.parley.channel.control;

import dev.parley.channel.entity.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The channel room's queries. */
@ApplicationScoped
public class ChannelStore {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    public void add(Channel channel) {
        em.persist(channel);
    }

    public Optional<Channel> channel(UUID channelId) {
        return Optional.ofNullable(channelId == null ? null : em.find(Channel.class, channelId));
    }

    /** A server's channels in display order. */
    public List<Channel> ofServer(UUID serverId) {
        return em.createNamedQuery(Channel.OF_SERVER, Channel.class).setParameter("serverId", serverId).getResultList();
    }

    /** The threads under a channel, newest first. */
    public List<Channel> threadsOf(UUID parentId) {
        return em.createQuery("select c from Channel c where c.parentId = :p and c.type = :t order by c.id desc", Channel.class)
                .setParameter("p", parentId).setParameter("t", dev.parley.channel.entity.ChannelType.THREAD).getResultList();
    }

    /** The thread started from a message, if any. */
    public Optional<Channel> threadOf(UUID messageId) {
        return em.createQuery("select c from Channel c where c.threadMessageId = :m", Channel.class)
                .setParameter("m", messageId).getResultStream().findFirst();
    }

    /** Serialises thread creation per message until the transaction ends (so a message gets one thread). */
    public void lockThreadsOf(UUID messageId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?))").setParameter(1, "thread:" + messageId)
                .getSingleResult();
    }

    /**
     * Deletes the channel and the threads under it (their messages go with them); the channels of
     * a deleted category move to the top level (the parent key is ON DELETE SET NULL).
     */
    public void delete(UUID channelId) {
        em.createQuery("delete from Channel c where c.parentId = :p and c.type = :t").setParameter("p", channelId)
                .setParameter("t", dev.parley.channel.entity.ChannelType.THREAD).executeUpdate();
        em.createQuery("delete from Channel c where c.id = :id").setParameter("id", channelId).executeUpdate();
    }

    /** The channels in a category, in display order. */
    public List<Channel> childrenOf(UUID categoryId) {
        return em.createQuery("select c from Channel c where c.parentId = :p and c.type <> :t order by c.position, c.id",
                        Channel.class)
                .setParameter("p", categoryId).setParameter("t", dev.parley.channel.entity.ChannelType.THREAD)
                .getResultList();
    }

    public void flush() {
        em.flush();
    }

    /** The position after the server's last channel. */
    public int nextPosition(UUID serverId) {
        return ((Number) em.createNamedQuery(Channel.MAX_POSITION).setParameter("serverId", serverId)
                .getSingleResult()).intValue() + 1;
    }
}
