package dev.parley.message.control;

import dev.parley.platform.control.JsonWritable;
import dev.parley.platform.control.LiveHub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;

/** Turns a committed post into the gateway's {@code message:new} event for everyone who may see its channel. */
@ApplicationScoped
public class MessageFanout {

    public static final String MESSAGE_NEW = "message:new";

    @Inject
    LiveHub hub;

    void onPosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted event) {
        UUID channelId = event.message().channelId();
        hub.publish(MESSAGE_NEW, event.serverId(), channelId, new NewMessageData(event.message(), channelId));
    }

    /** The {@code data} of a {@code message:new} event, as in the seed. */
    public record NewMessageData(MessageView message, UUID channelId) implements JsonWritable {

        @Override
        public String toJson() {
            StringBuilder out = new StringBuilder(512);
            if (channelId != null) {
                out.append("{\"channelId\":\"").append(channelId).append("\",\"message\":");
            } else {
                out.append("{\"message\":");
            }
            return MessageJson.append(out, message).append('}').toString();
        }
    }
}
