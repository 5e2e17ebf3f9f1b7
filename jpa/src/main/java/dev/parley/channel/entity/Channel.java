package dev.parley.channel.entity;

import dev.parley.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "channels")
@NamedQuery(name = Channel.OF_SERVER,
        query = "select c from Channel c where c.serverId = :serverId order by c.position, c.id")
@NamedQuery(name = Channel.MAX_POSITION,
        query = "select coalesce(max(c.position), -1) from Channel c where c.serverId = :serverId")
public class Channel {

    public static final String OF_SERVER = "Channel.ofServer";
    public static final String MAX_POSITION = "Channel.maxPosition";

    @Id
    private UUID id;
    @Column(name = "server_id")
    private UUID serverId;
    /** the direct-message conversation this channel belongs to, for a DM channel (then serverId is null) */
    @Column(name = "dm_id")
    private UUID dmId;
    /** for a thread: the message of its parent it was started from (null once that is deleted) */
    @Column(name = "thread_message_id")
    private UUID threadMessageId;
    /** for a thread: who started it */
    @Column(name = "owner_id")
    private UUID ownerId;
    @Column(nullable = false)
    private String name;
    @Convert(converter = ChannelTypeConverter.class)
    @Column(nullable = false)
    private ChannelType type;
    @Column(nullable = false)
    private int position;
    private String topic;
    @Column(name = "parent_id")
    private UUID parentId;
    /** seconds a member waits between two messages here; 0 for none */
    @Column(name = "slow_mode_seconds", nullable = false)
    private int slowModeSeconds;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Channel() {
    }

    public Channel(UUID serverId, String name, ChannelType type, int position, String topic, UUID parentId) {
        if (type == ChannelType.CATEGORY && parentId != null) {
            throw new IllegalArgumentException("a category cannot be inside another category");
        }
        this.id = Ids.next();
        this.serverId = Objects.requireNonNull(serverId);
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.position = position;
        this.topic = topic;
        this.parentId = parentId;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The channel of a direct-message conversation. */
    public static Channel direct(UUID dmId) {
        Channel c = new Channel();
        c.id = Ids.next();
        c.dmId = Objects.requireNonNull(dmId);
        c.name = "direct";
        c.type = ChannelType.DM;
        c.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return c;
    }

    /** A thread under {@code parent}, started by {@code owner} from the parent's message {@code messageId}. */
    public static Channel thread(Channel parent, String name, UUID owner, UUID messageId) {
        Channel c = new Channel(parent.getServerId(), name, ChannelType.THREAD, 0, null, parent.getId());
        c.ownerId = Objects.requireNonNull(owner);
        c.threadMessageId = messageId;
        return c;
    }

    public UUID getThreadMessageId() {
        return threadMessageId;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    /** The topic; null for none. */
    public void setTopic(String topic) {
        this.topic = topic;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    /** Moves the channel under a category, or to the top level with null. */
    public void setParentId(UUID parentId) {
        if (parentId != null && type == ChannelType.CATEGORY) {
            throw new IllegalArgumentException("a category cannot be inside another category");
        }
        this.parentId = parentId;
    }

    /** The server or the direct conversation the channel belongs to: its permission and live scope. */
    public UUID getScopeId() {
        return serverId != null ? serverId : dmId;
    }

    public UUID getDmId() {
        return dmId;
    }

    public UUID getId() {
        return id;
    }

    public UUID getServerId() {
        return serverId;
    }

    public String getName() {
        return name;
    }

    public ChannelType getType() {
        return type;
    }

    public int getPosition() {
        return position;
    }

    public String getTopic() {
        return topic;
    }

    public UUID getParentId() {
        return parentId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public int getSlowModeSeconds() {
        return slowModeSeconds;
    }

    public void setSlowModeSeconds(int slowModeSeconds) {
        this.slowModeSeconds = slowModeSeconds;
    }
}
