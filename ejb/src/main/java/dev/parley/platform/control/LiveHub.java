package dev.parley.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where committed events leave the business layer: delivered to this instance's sinks, and
 * relayed to the other instances of the cluster, which deliver to theirs.
 */
@ApplicationScoped
public class LiveHub {

    private static final Logger LOG = Logger.getLogger(LiveHub.class.getName());

    private final List<LiveSink> sinks = new CopyOnWriteArrayList<>();

    @Inject
    ClusterRelay relay;

    @Inject
    JsonMapping json;

    public void register(LiveSink sink) {
        sinks.add(sink);
    }

    public void unregister(LiveSink sink) {
        sinks.remove(sink);
    }

    /**
     * Renders {@code data} to JSON once and publishes it as event {@code name}: to those who may
     * view the channel, or with no channel to the server's members. Call only after the
     * transaction committed.
     */
    public void publish(String name, UUID serverId, UUID channelId, Object data) {
        publish(new LiveEvent(name, serverId, channelId, Set.of(), json.toJson(data), false), data);
    }

    /**
     * Like {@link #publish(String, UUID, UUID, Object)}, for a passing state (typing, presence):
     * sinks may drop it for a connection that is behind, and the gateway neither numbers nor keeps
     * it (see {@link LiveEvent#ephemeral()}).
     */
    public void publishEphemeral(String name, UUID serverId, UUID channelId, Object data) {
        publish(new LiveEvent(name, serverId, channelId, Set.of(), json.toJson(data), true), data);
    }

    /**
     * Delivers here and on every other instance. Call only after the transaction committed.
     *
     * @param data the object the event's {@code dataJson} was rendered from, for the sinks of this
     *     instance (see {@link LiveSink#deliver(LiveEvent, Object)}); the other instances get the JSON
     */
    public void publish(LiveEvent event, Object data) {
        deliverLocally(event, data);
        relay.send(event);
    }

    void deliverLocally(LiveEvent event, Object data) {
        for (LiveSink sink : sinks) {
            try {
                sink.deliver(event, data);
            } catch (RuntimeException e) {
                // one broken sink must not keep the event from the others
                LOG.log(Level.WARNING, "live sink " + sink.getClass().getSimpleName() + " failed", e);
            }
        }
    }
}
