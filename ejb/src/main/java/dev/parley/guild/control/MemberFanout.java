package dev.parley.guild.control;

import dev.parley.identity.control.UserView;
import dev.parley.platform.control.JsonMapping;
import dev.parley.platform.control.LiveEvent;
import dev.parley.platform.control.LiveHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Tells a server's connected members, after the commit, that someone joined, changed or left:
 * their member lists update. A newcomer's own connections join the server's audience and learn of
 * it; a removed member's own connections learn of it last, and then nothing more of the server.
 */
@ApplicationScoped
public class MemberFanout {

    public static final String MEMBER_JOIN = "member:join";
    public static final String MEMBER_UPDATE = "member:update";
    public static final String MEMBER_REMOVE = "member:remove";

    @Inject
    LiveHub hub;

    @Inject
    JsonMapping json;

    @Inject
    GuildStore store;

    void onJoined(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemberJoined event) {
        MemberJoinData data = new MemberJoinData(event.serverId(), event.user());
        hub.publish(new LiveEvent(MEMBER_JOIN, event.serverId(), null, event.user().id(), json.toJson(data)), data);
    }

    void onUpdated(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemberUpdated event) {
        store.memberView(event.serverId(), event.userId()).ifPresent(member ->
                hub.publish(new LiveEvent(MEMBER_UPDATE, event.serverId(), null, null, json.toJson(member)), member));
    }

    void onRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemberRemoved event) {
        MemberRemoveData data = new MemberRemoveData(event.serverId(), event.userId(), event.reason());
        // the removed user is no member any more: named as a "joiner" so their own connections hear it
        hub.publish(new LiveEvent(MEMBER_REMOVE, event.serverId(), null, event.userId(), json.toJson(data)), data);
    }

    /** The {@code data} of a {@code member:join} event. */
    public record MemberJoinData(UUID serverId, UserView user) {
    }

    /** The {@code data} of a {@code member:remove} event: whose membership ended, and how. */
    public record MemberRemoveData(UUID serverId, UUID userId, String reason) {
    }
}
