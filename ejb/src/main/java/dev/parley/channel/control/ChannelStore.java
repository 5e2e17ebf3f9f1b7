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

    /** The position after the server's last channel. */
    public int nextPosition(UUID serverId) {
        return ((Number) em.createNamedQuery(Channel.MAX_POSITION).setParameter("serverId", serverId)
                .getSingleResult()).intValue() + 1;
    }
}
