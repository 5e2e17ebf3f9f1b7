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
 * Tells a server's connected members, after the commit, that someone joined: their member lists
 * update, and the newcomer's own connections join the server's audience and learn of it.
 */
@ApplicationScoped
public class MemberFanout {

    public static final String MEMBER_JOIN = "member:join";

    @Inject
    LiveHub hub;

    @Inject
    JsonMapping json;

    void onJoined(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemberJoined event) {
        MemberJoinData data = new MemberJoinData(event.serverId(), event.user());
        hub.publish(new LiveEvent(MEMBER_JOIN, event.serverId(), null, event.user().id(), json.toJson(data)), data);
    }

    /** The {@code data} of a {@code member:join} event. */
    public record MemberJoinData(UUID serverId, UserView user) {
    }
}
