package dev.parley.dm.control;

import dev.parley.channel.entity.Channel;
import dev.parley.dm.entity.DmConversation;
import dev.parley.identity.control.IdentityStore;
import dev.parley.identity.control.UserView;
import dev.parley.permission.control.PermissionsChanged;
import dev.parley.platform.control.ForbiddenException;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.Inputs;
import dev.parley.platform.control.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starting, listing and leaving direct-message conversations. One may write to people who share
 * a server with them (or to anyone, with {@code parley.dm.open-to-everyone}), never to someone who
 * blocked them. The one-to-one conversation of two people is unique: asking again gives it back.
 */
@Stateless
public class DmService {

    @Inject
    dev.parley.identity.control.UnverifiedAccess unverified;

    /** a group holds up to ten people: you and nine others */
    public static final int MAX_OTHERS = 9;

    /** The conversation, and whether this call created it. */
    public record Opened(DmView conversation, boolean created) {
    }

    @Inject
    Inputs inputs;

    @Inject
    DmStore store;

    @Inject
    IdentityStore users;

    @Inject
    Event<DmChanged> changed;

    @Inject
    Event<PermissionsChanged> permissionsChanged;

    @Inject
    @ConfigProperty(name = "parley.dm.open-to-everyone", defaultValue = "false")
    boolean openToEveryone;

    public Opened open(UUID me, NewDm request) {
        inputs.check(request);
        unverified.check(me);
        Set<UUID> others = new LinkedHashSet<>(request.userIds());
        others.remove(me);
        if (others.isEmpty() || others.contains(null)) {
            throw new InvalidInputException("Name at least one other person.", Map.of("userIds", "must name someone besides you"));
        }
        for (UUID other : others) {
            if (!store.userExists(other) || (!openToEveryone && !store.shareAServer(me, other))) {
                throw new ForbiddenException("You can only send direct messages to people who share a server with you.",
                        Map.of("userIds", "includes someone you share no server with"));
            }
            if (store.blocks(other, me)) {
                throw new ForbiddenException("Someone in this conversation does not accept direct messages from you.",
                        Map.of("userIds", "includes someone who does not accept your messages"));
            }
        }
        if (others.size() == 1) {
            UUID other = others.iterator().next();
            String pair = DmConversation.pairKey(me, other);
            UUID existing = store.byPair(pair).orElse(null);
            if (existing != null) {
                return new Opened(view(existing), false);
            }
            return new Opened(create(me, new DmConversation(null, pair), List.of(me, other)), true);
        }
        List<UUID> everyone = new ArrayList<>();
        everyone.add(me);
        everyone.addAll(others);
        return new Opened(create(me, new DmConversation(me, null), everyone), true);
    }

    private DmView create(UUID me, DmConversation conversation, List<UUID> participants) {
        Channel channel = Channel.direct(conversation.getId());
        store.create(conversation, channel, participants);
        DmView view = view(conversation.getId());
        changed.fire(new DmChanged(DmChanged.CREATE, view, Set.copyOf(participants)));
        return view;
    }

    /** The user's conversations, the one with the newest message first. */
    public List<DmView> mine(UUID me) {
        List<DmStore.Row> rows = store.rowsOf(me);
        Map<UUID, List<UUID>> participants = store.participantsOf(rows.stream().map(DmStore.Row::id).toList());
        Set<UUID> people = new LinkedHashSet<>();
        participants.values().forEach(people::addAll);
        Map<UUID, UserView> views = users.views(people);
        return rows.stream().map(r -> view(r, participants.getOrDefault(r.id(), List.of()), views)).toList();
    }

    /** Leaves a group conversation; the others stay. A one-to-one conversation cannot be left. */
    public void leave(UUID me, UUID dmId) {
        DmConversation conversation = store.conversation(dmId).orElseThrow(DmService::noSuchConversation);
        List<UUID> before = store.participants(dmId);
        if (!before.contains(me)) {
            throw noSuchConversation();
        }
        if (!conversation.isGroup()) {
            throw new InvalidInputException("A conversation between two people cannot be left.",
                    Map.of("id", "is a one-to-one conversation"));
        }
        store.leave(dmId, me);
        permissionsChanged.fire(new PermissionsChanged(dmId));
        changed.fire(new DmChanged(DmChanged.UPDATE, view(dmId), Set.of()));
    }

    /** A conversation the user takes part in, or not found. */
    public DmView get(UUID me, UUID dmId) {
        DmView view = view(dmId);
        if (view.participants().stream().noneMatch(p -> p.id().equals(me))) {
            throw noSuchConversation();
        }
        return view;
    }

    private DmView view(UUID dmId) {
        DmConversation d = store.conversation(dmId).orElseThrow(DmService::noSuchConversation);
        List<UUID> participants = store.participants(dmId);
        return view(new DmStore.Row(d.getId(), store.channelOf(dmId), d.getOwnerId(), d.isGroup(),
                d.getCreatedAt().toInstant(), null), participants, users.views(participants));
    }

    private static DmView view(DmStore.Row r, List<UUID> participants, Map<UUID, UserView> views) {
        return new DmView(r.id(), r.channelId(), r.group(), r.ownerId(),
                participants.stream().map(views::get).filter(java.util.Objects::nonNull).toList(), r.lastMessageId(),
                r.createdAt());
    }

    private static NotFoundException noSuchConversation() {
        return new NotFoundException("No such conversation.");
    }
}
