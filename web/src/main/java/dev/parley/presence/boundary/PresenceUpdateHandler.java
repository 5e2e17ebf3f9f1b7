package dev.parley.presence.boundary;

import dev.parley.gateway.GatewayCall;
import dev.parley.gateway.GatewayHandler;
import dev.parley.presence.control.PresenceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code presence:update} on the gateway: no answer when it went through (the user's servers hear {@code presence:user}), an {@code error} when not. */
@ApplicationScoped
public class PresenceUpdateHandler implements GatewayHandler {

    @Inject
    PresenceService presence;

    @Override
    public String event() {
        return "presence:update";
    }

    @Override
    public void handle(GatewayCall call) {
        presence.choose(call.user(), call.optionalText("status"));
    }
}
