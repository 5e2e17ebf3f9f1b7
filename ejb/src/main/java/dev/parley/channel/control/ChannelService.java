package dev.parley.channel.control;

import dev.parley.channel.entity.Channel;
import dev.parley.channel.entity.ChannelType;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.permission.control.PermissionsChanged;
import dev.parley.permission.control.ServerFacts;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import dev.parley.moderation.control.AuditRecord;
import dev.parley.moderation.control.AuditTrail;
import dev.parley.platform.control.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

@Stateless
public class ChannelService {

    /** Audit log actions of this room (docs/api.md). */
    public static final String CHANNEL_CREATE = "channel.create";
    public static final String CHANNEL_UPDATE = "channel.update";
    public static final String CHANNEL_DELETE = "channel.delete";
    public static final String CHANNEL_REORDER = "channel.reorder";

    @Inject
    ChannelStore store;

    @Inject
    Inputs inputs;

    @Inject
    PermissionPolicy policy;

    @Inject
    Event<PermissionsChanged> permissionsChanged;

    @Inject
    Event<ChannelChanged> changed;

    @Inject
    AuditTrail audit;

    /** The server's channels the user may see, in display order. */
    public List<ChannelView> list(UUID userId, UUID serverId) {
        ServerFacts facts = policy.requireMember(userId, serverId);
        return policy.visibleChannels(userId, facts, store.ofServer(serverId)).stream()
                .filter(c -> c.getType() != ChannelType.THREAD) // listed under their parents
                .map(ChannelView::of).toList();
    }

    public ChannelView create(UUID userId, UUID serverId, NewChannel request) {
        inputs.check(request);
        policy.requireInServer(userId, serverId, Permission.MANAGE_CHANNELS);
        ChannelType type = ChannelType.parse(request.type() == null ? "text" : request.type()).orElseThrow();
        UUID parentId = request.parentId();
        if (parentId != null) {
            Channel parent = store.channel(parentId).orElse(null);
            if (type == ChannelType.CATEGORY) {
                throw new InvalidInputException("A category cannot be inside another category.",
                        Map.of("parentId", "must be empty for a category"));
            }
            if (parent == null || !serverId.equals(parent.getServerId()) || parent.getType() != ChannelType.CATEGORY) {
                throw new InvalidInputException("The parent must be a category of this server.",
                        Map.of("parentId", "must be a category of this server"));
            }
        }
        String topic = request.topic() == null || request.topic().isBlank() ? null : request.topic().trim();
        Channel channel = new Channel(serverId, request.name().trim(), type, store.nextPosition(serverId), topic, parentId);
        store.add(channel);
        ChannelView view = ChannelView.of(channel);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", view.name());
        after.put("type", view.type());
        after.put("parentId", parentId == null ? null : parentId.toString());
        after.put("topic", topic);
        audit.record(AuditRecord.of(serverId, userId, CHANNEL_CREATE, "channel", channel.getId(), null, after));
        permissionsChanged.fire(new PermissionsChanged(serverId));
        changed.fire(new ChannelChanged(ChannelChanged.CREATE, view));
        return view;
    }

    /**
     * Changes a channel's name, topic, position, category or slow mode (needs MANAGE_CHANNELS in
     * it); only the fields named in {@code given} change, and its type never does.
     */
    public ChannelView update(UUID userId, UUID channelId, ChannelChanges changes, Set<String> given) {
        policy.requireInChannel(userId, channelId, Permission.MANAGE_CHANNELS);
        Channel channel = serverChannel(channelId);
        inputs.check(changes);
        Map<String, String> problems = new TreeMap<>();
        if (given.contains("name") && (changes.name() == null || Texts.isBlank(changes.name()))) {
            problems.put("name", Texts.BLANK);
        }
        if (given.contains("type") && !channel.getType().wireName().equals(changes.type())) {
            problems.put("type", "cannot be changed");
        }
        if (given.contains("position") && changes.position() == null) {
            problems.put("position", "must not be null");
        }
        if (given.contains("slowModeSeconds")) {
            if (changes.slowModeSeconds() == null) {
                problems.put("slowModeSeconds", "must not be null");
            } else if (changes.slowModeSeconds() != 0 && channel.getType() != ChannelType.TEXT) {
                problems.put("slowModeSeconds", "only text channels have slow mode");
            }
        }
        if (given.contains("parentId")) {
            ChannelRules.parentProblem(channel.getType(), changes.parentId(), typesOf(channel.getServerId()))
                    .ifPresent(p -> problems.put("parentId", p));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some fields are not valid.", problems);
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        if (given.contains("name") && !changes.name().strip().equals(channel.getName())) {
            before.put("name", channel.getName());
            channel.rename(changes.name().strip());
            after.put("name", channel.getName());
        }
        if (given.contains("topic")) {
            String topic = changes.topic() == null || Texts.isBlank(changes.topic()) ? null : changes.topic().strip();
            if (!Objects.equals(topic, channel.getTopic())) {
                before.put("topic", channel.getTopic());
                channel.setTopic(topic);
                after.put("topic", topic);
            }
        }
        if (given.contains("position") && changes.position() != channel.getPosition()) {
            before.put("position", channel.getPosition());
            channel.setPosition(changes.position());
            after.put("position", channel.getPosition());
        }
        if (given.contains("parentId") && !Objects.equals(changes.parentId(), channel.getParentId())) {
            before.put("parentId", text(channel.getParentId()));
            channel.setParentId(changes.parentId());
            after.put("parentId", text(channel.getParentId()));
        }
        if (given.contains("slowModeSeconds") && changes.slowModeSeconds() != channel.getSlowModeSeconds()) {
            before.put("slowModeSeconds", channel.getSlowModeSeconds());
            channel.setSlowModeSeconds(changes.slowModeSeconds());
            after.put("slowModeSeconds", channel.getSlowModeSeconds());
        }
        ChannelView view = ChannelView.of(channel);
        if (!after.isEmpty()) {
            audit.record(AuditRecord.of(channel.getServerId(), userId, CHANNEL_UPDATE, "channel", channelId, before, after));
            permissionsChanged.fire(new PermissionsChanged(channel.getServerId()));
            changed.fire(new ChannelChanged(ChannelChanged.UPDATE, view));
        }
        return view;
    }

    /**
     * Deletes a channel (needs MANAGE_CHANNELS in it) with its messages and threads. A category's
     * channels stay, at the top level. The server's last text channel may go too, as in Discord.
     */
    public void delete(UUID userId, UUID channelId) {
        policy.requireInChannel(userId, channelId, Permission.MANAGE_CHANNELS);
        Channel channel = serverChannel(channelId);
        UUID serverId = channel.getServerId();
        List<ChannelView> moved = new ArrayList<>();
        if (channel.getType() == ChannelType.CATEGORY) {
            for (Channel child : store.childrenOf(channelId)) {
                child.setParentId(null);
                moved.add(ChannelView.of(child));
            }
            store.flush();
        }
        ChannelView gone = ChannelView.of(channel);
        store.delete(channelId);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", gone.name());
        before.put("type", gone.type());
        before.put("parentId", text(gone.parentId()));
        audit.record(AuditRecord.of(serverId, userId, CHANNEL_DELETE, "channel", channelId, before, null));
        permissionsChanged.fire(new PermissionsChanged(serverId));
        changed.fire(new ChannelChanged(ChannelChanged.DELETE, gone));
        moved.forEach(c -> changed.fire(new ChannelChanged(ChannelChanged.UPDATE, c)));
    }

    /**
     * Sets the positions (and, where given, the categories) of several channels at once (needs
     * MANAGE_CHANNELS in the server); answers the server's channels the caller may see, in order.
     */
    public List<ChannelView> reorder(UUID userId, UUID serverId, List<ChannelPosition> moves) {
        policy.requireInServer(userId, serverId, Permission.MANAGE_CHANNELS);
        if (moves == null) {
            throw new InvalidInputException("A request body is required.", Map.of("body", "must not be empty"));
        }
        Map<UUID, Channel> channels = new HashMap<>();
        for (Channel c : store.ofServer(serverId)) {
            channels.put(c.getId(), c);
        }
        Map<UUID, ChannelType> types = new HashMap<>();
        channels.forEach((id, c) -> types.put(id, c.getType()));
        Map<String, String> problems = ChannelRules.problemsOf(moves, types);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some channels cannot be put there.", problems);
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        List<Channel> touched = new ArrayList<>();
        for (ChannelPosition move : moves) {
            Channel c = channels.get(move.id());
            boolean positionChanges = move.position() != c.getPosition();
            boolean parentChanges = move.parentGiven() && !Objects.equals(move.parentId(), c.getParentId());
            if (!positionChanges && !parentChanges) {
                continue;
            }
            before.put(c.getId().toString(), placeOf(c));
            c.setPosition(move.position());
            if (move.parentGiven()) {
                c.setParentId(move.parentId());
            }
            after.put(c.getId().toString(), placeOf(c));
            touched.add(c);
        }
        if (!touched.isEmpty()) {
            audit.record(AuditRecord.of(serverId, userId, CHANNEL_REORDER, "server", serverId, before, after));
            permissionsChanged.fire(new PermissionsChanged(serverId));
            touched.forEach(c -> changed.fire(new ChannelChanged(ChannelChanged.UPDATE, ChannelView.of(c))));
        }
        store.flush();
        ServerFacts facts = policy.requireMember(userId, serverId);
        List<Channel> ordered = new ArrayList<>(channels.values());
        ordered.sort(Comparator.comparingInt(Channel::getPosition).thenComparing(Channel::getId));
        return policy.visibleChannels(userId, facts, ordered).stream()
                .filter(c -> c.getType() != ChannelType.THREAD).map(ChannelView::of).toList();
    }

    /** A server's channel (not a conversation's, not a thread): the channel API changes no other. */
    private Channel serverChannel(UUID channelId) {
        Channel channel = store.channel(channelId).filter(c -> c.getServerId() != null)
                .orElseThrow(() -> new NotFoundException("No such channel."));
        if (channel.getType() == ChannelType.THREAD) {
            throw new InvalidInputException("A thread is renamed through /api/threads/{id}, not as a channel.",
                    Map.of("channelId", "is a thread"));
        }
        return channel;
    }

    private Map<UUID, ChannelType> typesOf(UUID serverId) {
        Map<UUID, ChannelType> types = new HashMap<>();
        for (Channel c : store.ofServer(serverId)) {
            types.put(c.getId(), c.getType());
        }
        return types;
    }

    private static Map<String, Object> placeOf(Channel c) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("position", c.getPosition());
        place.put("parentId", text(c.getParentId()));
        return place;
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    public ChannelView get(UUID userId, UUID channelId) {
        policy.requireInChannel(userId, channelId, Permission.VIEW_CHANNEL);
        return ChannelView.of(store.channel(channelId).orElseThrow(() -> new NotFoundException("No such channel.")));
    }
}
