package dev.parley.presence.boundary;

import dev.parley.gateway.GatewayCall;
import dev.parley.gateway.GatewayHandler;
import dev.parley.presence.control.TypingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code typing:start} on the gateway: no answer when it went through (the channel hears {@code typing:user}), an {@code error} when not. */
@ApplicationScoped
public class TypingStartHandler implements GatewayHandler {

    @Inject
    TypingService typing;

    @Override
    public String event() {
        return "typing:start";
    }

    @Override
    public void handle(GatewayCall call) {
        typing.typing(call.user(), call.requiredId("channelId"));
    }
}
