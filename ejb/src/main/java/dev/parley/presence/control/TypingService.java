package dev.parley.presence.control;

import dev.parley.channel.entity.ChannelType;
import dev.parley.identity.control.IdentityStore;
import dev.parley.identity.control.UserView;
import dev.parley.message.control.MessagePosted;
import dev.parley.message.control.MessageView;
import dev.parley.permission.control.Permission;
import dev.parley.permission.control.PermissionPolicy;
import dev.parley.permission.control.ServerFacts.ChannelFact;
import dev.parley.platform.control.Clock;
import dev.parley.platform.control.InvalidInputException;
import dev.parley.platform.control.LiveHub;
import dev.parley.platform.control.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/**
 * "Someone is typing": a user who may send messages in a text channel says they are typing
 * ({@code typing:start}, {@code POST /api/channels/{id}/typing}); everyone who may view the channel
 * is told ({@value #TYPING_USER}, the typist's own connections included) and shows it for
 * {@value #EXPIRES_MILLIS} ms, or until the typist's message arrives. Repeats within
 * {@value #COALESCE_MILLIS} ms are not published again. Nothing is stored.
 */
@ApplicationScoped
public class TypingService {

    public static final String TYPING_USER = "typing:user";
    /** How long a client shows someone as typing after the last {@value #TYPING_USER} for them. */
    public static final int EXPIRES_MILLIS = 8000;
    /** Repeats of a user's start in a channel within this are dropped; well below the expiry, so a typist never flickers. */
    public static final long COALESCE_MILLIS = 3000;

    @Inject
    PermissionPolicy policy;

    @Inject
    IdentityStore users;

    @Inject
    LiveHub hub;

    @Inject
    Clock clock;

    private TypingCoalescer coalescer;

    /** The {@code data} of {@code typing:user}. */
    public record TypingData(UUID channelId, UUID userId, String username, String displayName, int expiresInMs) {
    }

    @PostConstruct
    void start() {
        coalescer = new TypingCoalescer(COALESCE_MILLIS);
    }

    /** The user is typing in the channel; needs {@code SEND_MESSAGES} there. */
    public void typing(UUID userId, UUID channelId) {
        ChannelFact channel = policy.requireInChannel(userId, channelId, Permission.SEND_MESSAGES);
        if (!channel.type().holdsMessages()) {
            throw new InvalidInputException("Typing is shown in text channels only.",
                    Map.of("channelId", "is a " + channel.type().wireName() + " channel"));
        }
        if (!coalescer.admit(userId, channelId, clock.millis())) {
            return;
        }
        UserView who = users.view(userId).orElseThrow(() -> new NotFoundException("No such user."));
        hub.publishEphemeral(TYPING_USER, channel.serverId(), channelId,
                new TypingData(channelId, userId, who.username(), who.displayName(), EXPIRES_MILLIS));
    }

    /** The typist's message was posted (clients stop showing them then): their next start is news at once. */
    void onPosted(@Observes MessagePosted posted) {
        MessageView message = posted.message();
        if (message.author() != null) {
            coalescer.forget(message.author().id(), message.channelId());
        }
    }
}
