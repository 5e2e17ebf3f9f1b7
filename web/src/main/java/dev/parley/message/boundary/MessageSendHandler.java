package dev.parley.message.boundary;

import dev.parley.gateway.GatewayCall;
import dev.parley.gateway.GatewayHandler;
import dev.parley.message.control.Draft;
import dev.parley.message.control.MessageJson;
import dev.parley.message.control.MessageService;
import dev.parley.message.control.MessageView;
import dev.parley.platform.control.JsonText;
import dev.parley.platform.control.JsonWritable;
import dev.parley.platform.control.StrictJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code message:send} on the gateway: the same post as REST's, answered with {@code message:ack}
 * once its batch committed. The worker is free meanwhile: the ack goes out when the write completes.
 */
@ApplicationScoped
public class MessageSendHandler implements GatewayHandler {

    static final String MESSAGE_ACK = "message:ack";

    @Inject
    MessageService messages;

    /** The {@code data} of {@code message:ack}: your message as stored, and the nonce you sent. */
    public record MessageAck(MessageView message, String nonce) implements JsonWritable {

        @Override
        public String toJson() {
            StringBuilder out = new StringBuilder(512).append('{');
            if (message != null) {
                MessageJson.append(out.append("\"message\":"), message);
            }
            if (nonce != null) {
                JsonText.string(out.append(message != null ? ",\"nonce\":" : "\"nonce\":"), nonce);
            }
            return out.append('}').toString();
        }
    }

    @Override
    public String event() {
        return "message:send";
    }

    @Override
    public void handle(GatewayCall call) {
        var channelId = call.requiredId("channelId");
        Draft draft = StrictJson.bind(call.data(), Draft.class); // a wrong type is refused naming the field
        String nonce = draft.nonce();
        messages.postAsync(call.user(), channelId, draft)
                .whenComplete((stored, failure) -> {
                    if (failure != null) {
                        call.fail(MessageService.cause(failure));
                    } else {
                        call.reply(MESSAGE_ACK, new MessageAck(stored, nonce));
                    }
                });
    }
}
