package dev.parley.message;

import dev.parley.platform.JsonMapping;
import dev.parley.platform.LiveEvent;
import dev.parley.platform.LiveHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;

/** Turns a committed post into the gateway's {@code message:new} event for everyone who may see it. */
@ApplicationScoped
public class MessageFanout {

    public static final String MESSAGE_NEW = "message:new";

    @Inject
    LiveHub hub;

    @Inject
    JsonMapping json;

    void onPosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted event) {
        UUID channelId = event.message().channelId();
        String data = json.toJson(new NewMessageData(event.message(), channelId));
        hub.publish(new LiveEvent(MESSAGE_NEW, event.serverId(), channelId, event.recipients(), data));
    }

    /** The {@code data} of a {@code message:new} event, as in the seed. */
    public record NewMessageData(MessageView message, UUID channelId) {
    }
}
